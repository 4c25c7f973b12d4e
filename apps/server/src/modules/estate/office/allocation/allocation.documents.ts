import type { PdfDocument } from '../../../../platform/pdf/index.js';
import type { AllocationDetail } from './allocation.service.js';

const useZh: Record<string, string> = { office: '办公室', service: '服务用房', equipment: '设备用房', ancillary: '附属用房' };
const CENTER = '舟山市机关事务管理中心';
const roomTable = (d: AllocationDetail) => ({
  kind: 'table' as const,
  columns: [
    { key: 'building', title: '楼宇', width: 130 }, { key: 'floor', title: '楼层', width: 50 }, { key: 'number', title: '房间号', width: 60 },
    { key: 'use', title: '用途' }, { key: 'area', title: '使用面积(m²)', width: 80, align: 'right' as const },
  ],
  rows: [
    ...d.rooms.map((x) => ({ building: x.buildingName, floor: x.floorName, number: x.number, use: x.subUse ? `${useZh[x.useClass] ?? x.useClass}（${x.subUse}）` : (useZh[x.useClass] ?? x.useClass), area: x.usableAreaM2.toFixed(2) })),
    { building: '合计', floor: '', number: `${d.rooms.length} 间`, use: '', area: d.totalAreaM2.toFixed(2) },
  ],
});

/** 办公用房使用协议 (党政机关办公用房管理办法 2017 第十八条). */
export function agreementDocument(d: AllocationDetail): PdfDocument {
  return {
    title: '办公用房使用协议', subtitle: d.agreementNo,
    blocks: [
      { kind: 'fields', items: [
        { label: '甲方（管理单位）', value: CENTER }, { label: '乙方（使用单位）', value: d.agencyName },
        { label: '配置日期', value: d.allocatedOn }, { label: '使用面积合计', value: `${d.totalAreaM2.toFixed(2)} m²` },
        { label: '用途', value: d.purpose ?? '办公' }, { label: '凭证编号', value: d.certificateNo },
      ] },
      { kind: 'heading', text: '一、配置房屋' },
      roomTable(d),
      { kind: 'heading', text: '二、双方约定' },
      { kind: 'paragraph', text: '1. 乙方在核定面积内按规定用途使用上述房屋，不得擅自改变使用功能，不得转借、出租、出借或用于经营活动，不得擅自转给其他单位使用。' },
      { kind: 'paragraph', text: '2. 乙方应按规定做好房屋日常使用管理，不得擅自改变房屋结构；维修需求按程序向甲方提出申请。' },
      { kind: 'paragraph', text: '3. 因机构调整、人员变动等原因出现超出核定面积或闲置的，乙方应按甲方要求及时腾退；人员调离或退休的，应于 1 个月内腾退其办公用房。' },
      { kind: 'paragraph', text: '4. 乙方应配合甲方开展办公用房清查、年度内部公示和领导干部办公用房报备等工作。' },
      { kind: 'paragraph', text: '5. 本协议一式两份，甲乙双方各执一份，自双方签章之日起生效。' },
      { kind: 'signatures', parties: [`甲方：${CENTER}（盖章）`, `乙方：${d.agencyName}（盖章）`] },
    ],
    footer: `${d.agreementNo} · 依据《党政机关办公用房管理办法》（2017）第十八条`,
  };
}

/** 办公用房分配使用凭证: may be used for 法人登记, 集体户籍 and 大中修施工许可, never for 出租/出借/经营. */
export function certificateDocument(d: AllocationDetail): PdfDocument {
  return {
    title: '办公用房分配使用凭证', subtitle: d.certificateNo,
    blocks: [
      { kind: 'paragraph', text: `兹将下列办公用房分配给 ${d.agencyName} 使用，特发此凭证。` },
      { kind: 'fields', items: [
        { label: '使用单位', value: d.agencyName }, { label: '单位地址', value: d.agencyAddress ?? '' },
        { label: '分配日期', value: d.allocatedOn }, { label: '使用面积合计', value: `${d.totalAreaM2.toFixed(2)} m²` },
        { label: '使用协议编号', value: d.agreementNo }, { label: '不动产权证号', value: [...new Set(d.rooms.map((x) => x.titleCertNo).filter(Boolean))].join('、') || '—' },
      ] },
      roomTable(d),
      { kind: 'paragraph', text: '本凭证可用于办理法人登记、集体户籍及大中修施工许可等手续，不得用于出租、出借或经营活动。' },
      { kind: 'signatures', parties: [`发证机关：${CENTER}（盖章）`] },
    ],
    footer: `${d.certificateNo} · 依据《党政机关办公用房管理办法》（2017）第十八条`,
  };
}
