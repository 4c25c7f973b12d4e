/**
 * Word lists of the demo Zhoushan organisation (舟山市 and its four counties/districts).
 * Plain data: the generator in demo-org.data.ts draws from these with a seeded PRNG.
 */
import type { AdminLevel, AgencyKind } from '../org/org.constants.js';

export interface DemoRegionSpec {
  code: string;
  name: string;
  adminLevel: AdminLevel;
  /** GB 11643 area code (ID number prefix) of most people of a county; 市本级 cadres come from all districts. */
  idArea: string;
  /** Streets used for agency addresses. */
  streets: readonly string[];
}

/** 市本级 first (the root), then the four counties/districts. */
export const demoRegionSpecs: readonly DemoRegionSpec[] = [
  { code: '330900', name: '市本级', adminLevel: 'city', idArea: '330901', streets: ['舟山市定海区临城街道千岛路', '舟山市定海区临城街道海天大道', '舟山市定海区临城街道翁山路', '舟山市定海区临城街道合兴路', '舟山市定海区临城街道新城大道'] },
  { code: '330902', name: '定海区', adminLevel: 'county', idArea: '330902', streets: ['舟山市定海区昌国街道人民北路', '舟山市定海区解放街道环城南路', '舟山市定海区昌国街道昌国路'] },
  { code: '330903', name: '普陀区', adminLevel: 'county', idArea: '330903', streets: ['舟山市普陀区东港街道海华路', '舟山市普陀区沈家门街道兴港路', '舟山市普陀区东港街道浦西路'] },
  { code: '330921', name: '岱山县', adminLevel: 'county', idArea: '330921', streets: ['舟山市岱山县高亭镇安澜路', '舟山市岱山县高亭镇长河路', '舟山市岱山县高亭镇人民路'] },
  { code: '330922', name: '嵊泗县', adminLevel: 'county', idArea: '330922', streets: ['舟山市嵊泗县菜园镇沙河路', '舟山市嵊泗县菜园镇海滨路', '舟山市嵊泗县菜园镇南长涂路'] },
];

/** [name, kind, 编制 headcount] of an agency. */
export type AgencySpec = readonly [name: string, kind: AgencyKind, headcount: number];

/** Agencies of 市本级 (order = code serial). */
export const cityAgencySpecs: readonly AgencySpec[] = [
  // 党委
  ['中共舟山市委办公室', 'party', 85], ['中共舟山市委组织部', 'party', 70], ['中共舟山市委宣传部', 'party', 55],
  ['中共舟山市委统一战线工作部', 'party', 40], ['中共舟山市委政法委员会', 'party', 40], ['中共舟山市纪律检查委员会', 'party', 150],
  ['中共舟山市委机构编制委员会办公室', 'party', 25], ['中共舟山市委政策研究室', 'party', 20], ['中共舟山市委社会工作部', 'party', 25],
  ['中共舟山市委网络安全和信息化委员会办公室', 'party', 20], ['中共舟山市委老干部局', 'party', 25], ['中共舟山市委党校', 'party', 90],
  ['中共舟山市委直属机关工作委员会', 'party', 20], ['中共舟山市委巡察工作领导小组办公室', 'party', 22], ['中共舟山市委党史研究室', 'party', 12],
  ['中共舟山市委台湾工作办公室', 'party', 10],
  // 人大
  ['舟山市人大常委会办公室', 'congress', 60], ['舟山市人大常委会法制工作委员会', 'congress', 12],
  ['舟山市人大常委会财政经济工作委员会', 'congress', 10], ['舟山市人大常委会社会建设工作委员会', 'congress', 10],
  // 政协
  ['政协舟山市委员会办公室', 'cppcc', 50], ['政协舟山市委员会提案委员会', 'cppcc', 8], ['政协舟山市委员会文化文史和学习委员会', 'cppcc', 8],
  // 政府
  ['舟山市人民政府办公室', 'government', 90], ['舟山市机关事务管理中心', 'government', 60], ['舟山市发展和改革委员会', 'government', 85],
  ['舟山市经济和信息化局', 'government', 60], ['舟山市教育局', 'government', 70], ['舟山市科学技术局', 'government', 35],
  ['舟山市公安局', 'government', 300], ['舟山市民政局', 'government', 40], ['舟山市司法局', 'government', 55],
  ['舟山市财政局', 'government', 80], ['舟山市人力资源和社会保障局', 'government', 75], ['舟山市自然资源和规划局', 'government', 120],
  ['舟山市生态环境局', 'government', 70], ['舟山市住房和城乡建设局', 'government', 75], ['舟山市交通运输局', 'government', 70],
  ['舟山市海洋与渔业局', 'government', 80], ['舟山市港航和口岸管理局', 'government', 90], ['舟山市水利局', 'government', 40],
  ['舟山市农业农村局', 'government', 60], ['舟山市商务局', 'government', 50], ['舟山市文化和广电旅游体育局', 'government', 60],
  ['舟山市卫生健康委员会', 'government', 65], ['舟山市退役军人事务局', 'government', 30], ['舟山市应急管理局', 'government', 50],
  ['舟山市审计局', 'government', 45], ['舟山市人民政府国有资产监督管理委员会', 'government', 35], ['舟山市市场监督管理局', 'government', 150],
  ['舟山市统计局', 'government', 35], ['舟山市医疗保障局', 'government', 35], ['舟山市综合行政执法局', 'government', 80],
  ['舟山市人民政府外事办公室', 'government', 20], ['舟山市信访局', 'government', 30], ['舟山市大数据发展管理局', 'government', 30],
  ['舟山市人民防空办公室', 'government', 25], ['舟山市地方金融监督管理局', 'government', 25], ['舟山市人民政府研究室', 'government', 20],
  ['舟山市政务服务管理办公室', 'government', 30], ['舟山市气象局', 'government', 40], ['舟山市普陀山-朱家尖管理委员会', 'government', 60],
  ['舟山市新城管理委员会', 'government', 50],
  // 群团
  ['舟山市总工会', 'mass', 45], ['共青团舟山市委', 'mass', 20], ['舟山市妇女联合会', 'mass', 20], ['舟山市科学技术协会', 'mass', 20],
  ['舟山市文学艺术界联合会', 'mass', 15], ['舟山市社会科学界联合会', 'mass', 12], ['舟山市残疾人联合会', 'mass', 25],
  ['舟山市工商业联合会', 'mass', 20], ['舟山市归国华侨联合会', 'mass', 10], ['舟山市红十字会', 'mass', 12],
  ['舟山市计划生育协会', 'mass', 8], ['舟山市慈善总会', 'mass', 10], ['舟山市供销合作社联合社', 'mass', 30],
  // 事业单位
  ['舟山市档案馆', 'institution', 30], ['舟山日报社', 'institution', 120], ['舟山广播电视总台', 'institution', 150],
  ['舟山市图书馆', 'institution', 50], ['舟山博物馆', 'institution', 40], ['舟山市疾病预防控制中心', 'institution', 130],
  ['舟山市中心血站', 'institution', 60], ['舟山市公共资源交易中心', 'institution', 35], ['舟山市不动产登记服务中心', 'institution', 60],
  ['舟山市社会保险事业管理服务中心', 'institution', 70], ['舟山市住房公积金管理中心', 'institution', 45], ['舟山市水产技术推广站', 'institution', 20],
  ['舟山市教育教学研究中心', 'institution', 40], ['舟山中学', 'institution', 200], ['舟山职业技术学校', 'institution', 180],
  ['舟山市园林管理中心', 'institution', 40], ['舟山市12345政务服务热线中心', 'institution', 40], ['舟山市机关幼儿园', 'institution', 40],
  ['舟山市机关后勤服务中心', 'institution', 45], ['舟山市信息中心', 'institution', 25], ['舟山市社会福利院', 'institution', 50],
  ['舟山市测绘与地理信息中心', 'institution', 30], ['舟山市救助管理站', 'institution', 20], ['舟山市文化馆', 'institution', 25],
  ['舟山市渔政执法支队', 'institution', 80], ['舟山市投资促进中心', 'institution', 30], ['舟山市海洋科学研究所', 'institution', 35],
  // 国企
  ['舟山市交通投资集团有限公司', 'soe', 120], ['舟山市城市建设投资集团有限公司', 'soe', 150], ['舟山海洋综合开发投资有限公司', 'soe', 80],
  ['舟山市国有资产投资经营有限公司', 'soe', 60], ['舟山市水务集团有限公司', 'soe', 200], ['舟山市公共交通有限公司', 'soe', 300],
  ['舟山港综合保税区开发建设有限公司', 'soe', 50], ['舟山市旅游集团有限公司', 'soe', 80], ['舟山市粮食收储有限公司', 'soe', 40],
];

/** Agencies of each county/district; `{r}` is the region name (定海区, 岱山县…). */
export const countyAgencyTemplates: readonly AgencySpec[] = [
  ['中共{r}委办公室', 'party', 40], ['中共{r}委组织部', 'party', 30], ['{r}人大常委会办公室', 'congress', 25],
  ['政协{r}委员会办公室', 'cppcc', 20], ['{r}人民政府办公室', 'government', 45], ['{r}发展和改革局', 'government', 35],
  ['{r}教育局', 'government', 35], ['{r}财政局', 'government', 40], ['{r}人力资源和社会保障局', 'government', 35],
  ['{r}卫生健康局', 'government', 30], ['{r}住房和城乡建设局', 'government', 35], ['{r}农业农村局', 'government', 30],
  ['{r}审计局', 'government', 20], ['{r}统计局', 'government', 15], ['{r}机关事务服务中心', 'government', 20],
  ['{r}总工会', 'mass', 15], ['{r}档案馆', 'institution', 12],
];

/** Internal units, by kind (市本级 uses 处, institutions 科, enterprises and mass organisations 部). */
export const cityDepartmentNames: Readonly<Record<AgencyKind, readonly string[]>> = {
  party: ['办公室', '干部处', '综合处', '研究室', '督查处', '秘书处', '信息处', '调研处'],
  congress: ['办公室', '研究室', '联络处', '综合处', '人事处', '秘书处'],
  cppcc: ['办公室', '研究室', '联络处', '综合处', '人事处', '秘书处'],
  government: ['办公室', '人事处', '财务处', '政策法规处', '规划发展处', '综合业务处', '行政审批处', '监督检查处', '科技信息处', '安全监管处'],
  mass: ['办公室', '组织部', '宣传部', '权益保障部', '财务部', '联络部'],
  institution: ['办公室', '人事科', '财务科', '综合科', '业务一科', '业务二科', '信息科', '质量管理科'],
  soe: ['综合办公室', '人力资源部', '财务部', '投资发展部', '工程管理部', '审计法务部', '安全生产部', '运营管理部'],
};

export const countyDepartmentNames: readonly string[] = ['办公室', '人事科', '财务科', '综合科', '法规科', '规划科', '审批科', '监督科', '信息科'];

/** Agencies with their own, well-known internal structure. */
export const departmentOverrides: Readonly<Record<string, readonly string[]>> = {
  舟山市机关事务管理中心: ['办公室', '人事处', '财务处', '资产管理处', '公务用车管理处', '公共机构节能处', '机关服务处', '基建处'],
  舟山市教育局: ['办公室', '人事处', '财务处', '基础教育处', '职业教育与成人教育处', '政策法规处', '学生工作处', '教育督导处'],
};

/** Common surnames, most frequent first (weights follow the rank). */
export const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];

/** Characters of given names. */
export const givenChars = {
  M: [...'伟强军磊勇杰涛斌超明浩鹏华辉健波峰刚俊毅宇晨洋凯亮东海建国平志文林成龙飞翔锋彬卫宏振立新良栋航帆晖炜旭阳鑫诚康'],
  F: [...'芳娟敏静丽燕艳霞玲婷洁颖倩琳雪慧萍红莉佳璐瑶欣悦蕾晶琴云岚怡璇雯菲薇露莹丹妍梅英秀'],
  /** First character of a two-character name, either gender. */
  any: [...'晓思文子一嘉雨安宁天心海佳彦诗明永志建俊家国立小春秋正'],
} as const;

export const mobilePrefixes = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];
