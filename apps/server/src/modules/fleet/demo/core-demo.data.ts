/**
 * The demo fleet (pure, deterministic: mulberry32, no Math.random): ~120 vehicles across the demo
 * agencies with Zhoushan plates (浙L), kinds by what each agency does, about a third new-energy,
 * norms; ~60 drivers; quotas that fit; designated shops; a year of insurance, inspections and
 * repairs; a few violations and accidents. Every vehicle meets the default standards.
 */
import { mulberry32 } from '../../../platform/demo/demo-org.data.js';
import type { LicenceClass } from '../db/drivers.table.js';
import type { VehicleEnergy, VehicleKind } from '../db/vehicles.table.js';

export interface DemoAgencyRef { id: string; name: string; kind: string }
export interface CarModel { brand: string; model: string; energy: VehicleEnergy; displacementL: number | null; priceFen: number; seats: number; tankLitres: number | null; batteryKwh: number | null; norm: number }

const M = (brand: string, model: string, energy: VehicleEnergy, displacementL: number | null, priceYuan: number, seats: number, tankLitres: number | null, batteryKwh: number | null, norm: number): CarModel =>
  ({ brand, model, energy, displacementL, priceFen: priceYuan * 100, seats, tankLitres, batteryKwh, norm });

/** Models by use; prices within the default standards of the kind they are used for. */
export const models = {
  confidential: [M('丰田', '卡罗拉 1.5L', 'gasoline', 1.5, 119_800, 5, 50, null, 6.3), M('大众', '朗逸 1.5L', 'gasoline', 1.5, 115_000, 5, 50, null, 6.5), M('比亚迪', '秦PLUS EV', 'bev', null, 119_800, 5, null, 57.6, 13.2)],
  nevSedan: [M('比亚迪', '秦PLUS EV', 'bev', null, 139_800, 5, null, 57.6, 13.2), M('比亚迪', '汉EV', 'bev', null, 179_800, 5, null, 85.4, 14.5), M('吉利', '帝豪EV Pro', 'bev', null, 135_800, 5, null, 53, 12.8),
    M('广汽埃安', 'AION S', 'bev', null, 139_800, 5, null, 58.8, 12.9), M('比亚迪', '宋PLUS DM-i', 'phev', 1.5, 159_800, 5, 52, 18.3, 5.2), M('深蓝', 'SL03 增程版', 'erev', 1.5, 169_900, 5, 45, 28.4, 15.0)],
  sedan: [M('大众', '帕萨特 280TSI', 'gasoline', 1.4, 179_900, 5, 66, null, 7.6), M('丰田', '凯美瑞 2.0L', 'gasoline', 2.0, 179_800, 5, 60, null, 7.9), M('别克', '君越 1.5T', 'gasoline', 1.5, 175_000, 5, 62, null, 7.4)],
  mpv: [M('别克', 'GL8 陆尊', 'gasoline', 2.0, 239_900, 7, 65, null, 9.8), M('上汽大通', 'MIFA 9', 'bev', null, 249_900, 7, null, 90, 17.5)],
  bus: [M('江铃', '全顺 15座', 'diesel', 2.2, 185_000, 15, 80, null, 11.0), M('丰田', '考斯特 20座', 'diesel', 4.0, 420_000, 20, 95, null, 14.5)],
  enforcement: [M('五菱', '宏光 1.5L', 'gasoline', 1.5, 69_800, 7, 45, null, 7.5), M('大众', '朗逸 1.5L', 'gasoline', 1.5, 115_000, 5, 50, null, 6.5), M('比亚迪', '秦PLUS EV', 'bev', null, 139_800, 5, null, 57.6, 13.2)],
  emergency: [M('长安', 'CS75 PLUS 1.5T 应急指挥', 'gasoline', 1.5, 119_900, 7, 58, null, 8.0), M('江铃', '全顺 应急保障', 'diesel', 2.2, 185_000, 15, 80, null, 11.0)],
  special: [M('宇通', '环境监测车', 'diesel', 3.0, 380_000, 6, 100, null, 15.0), M('依维柯', '移动执法通信车', 'diesel', 2.8, 320_000, 9, 90, null, 13.5)],
} satisfies Record<string, CarModel[]>;

export interface DemoVehiclePlan extends CarModel { plate: string; kind: VehicleKind; agencyId: string; purchaseDate: string; status: 'in-use' | 'repair' | 'sealed' | 'suspended' | 'pending-disposal' | 'disposed'; vin: string; gpsTerminalId: string }
export interface DemoDriverPlan { name: string; agencyId: string; licenceClass: LicenceClass; licenceExpiry: string; emergencyTeam: boolean; status: 'active' | 'suspended' | 'left' }

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢';
const GIVEN = ['建国', '海波', '志强', '永明', '国华', '伟', '军', '斌', '杰', '勇', '涛', '明', '磊', '鹏', '晓东', '宏伟', '立新', '海军', '建华', '卫东', '文杰', '旭', '俊', '浩', '林峰'];
const PLATE_CHARS = '0123456789ABCDEFGHJKLMNPQRSUVWXYZ'; // no I, O, T (T is kept for test plates)
const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const isoDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export function planFleet(agencies: readonly DemoAgencyRef[], centerAgencyId: string, now: Date, seed = 20260101) {
  const rnd = mulberry32(seed);
  const today = now.getTime();
  const plates = new Set<string>();
  const plateOf = (nev: boolean) => {
    for (;;) {
      const body = nev ? `${pick(rnd, ['D', 'F'])}${String(Math.floor(rnd() * 100000)).padStart(5, '0')}` : Array.from({ length: 5 }, () => pick(rnd, PLATE_CHARS.split(''))).join('');
      const p = `浙L·${body}`;
      if (!plates.has(p)) { plates.add(p); return p; }
    }
  };
  const vehicles: DemoVehiclePlan[] = [];
  const add = (agencyId: string, kind: VehicleKind, m: CarModel) => {
    const ageDays = Math.floor(rnd() * 8 * 365) + 30;
    vehicles.push({
      ...m, kind, agencyId, plate: plateOf(m.energy !== 'gasoline' && m.energy !== 'diesel'), purchaseDate: isoDay(today - ageDays * 86_400_000), status: 'in-use',
      vin: `LS${Array.from({ length: 15 }, () => pick(rnd, VIN_CHARS.split(''))).join('')}`, gpsTerminalId: `BD${String(100000 + vehicles.length * 37).slice(0, 6)}`,
    });
  };
  // 中心: the city pool (公务出行平台) — sedans, NEVs, MPVs, buses, emergency vehicles
  for (let i = 0; i < 14; i += 1) add(centerAgencyId, 'other', pick(rnd, models.nevSedan));
  for (let i = 0; i < 6; i += 1) add(centerAgencyId, 'other', pick(rnd, models.sedan));
  for (let i = 0; i < 4; i += 1) add(centerAgencyId, 'other', pick(rnd, models.mpv));
  for (let i = 0; i < 3; i += 1) add(centerAgencyId, 'other', pick(rnd, models.bus));
  for (let i = 0; i < 3; i += 1) add(centerAgencyId, 'emergency', pick(rnd, models.emergency));
  const others = agencies.filter((a) => a.id !== centerAgencyId);
  const enforcing = /公安|市场监督|城市管理|综合执法|交通|应急|海洋|渔业|生态环境|自然资源|税务|卫生/;
  for (let i = 0; vehicles.length < 120 && i < others.length * 4; i += 1) {
    const a = others[i % others.length]!;
    const round = Math.floor(i / others.length);
    if (round === 0) add(a.id, 'confidential', pick(rnd, models.confidential));
    else if (enforcing.test(a.name)) add(a.id, round === 3 && /生态环境|公安/.test(a.name) ? 'special' : 'law-enforcement', round === 3 && /生态环境|公安/.test(a.name) ? pick(rnd, models.special) : pick(rnd, models.enforcement));
    else if (round === 1 && /应急|水利|气象|卫生/.test(a.name)) add(a.id, 'emergency', pick(rnd, models.emergency));
    else if (round === 1 && rnd() < 0.5) add(a.id, 'other', pick(rnd, models.nevSedan));
  }
  // a few statuses other than in use
  const set = (i: number, s: DemoVehiclePlan['status']) => { if (vehicles[i]) vehicles[i]!.status = s; };
  set(5, 'repair'); set(17, 'sealed'); set(33, 'suspended'); set(48, 'pending-disposal'); set(61, 'disposed'); set(77, 'disposed'); set(90, 'repair');

  const drivers: DemoDriverPlan[] = [];
  const names = new Set<string>();
  const nameOf = () => { for (;;) { const n = pick(rnd, SURNAMES.split('')) + pick(rnd, GIVEN); if (!names.has(n)) { names.add(n); return n; } } };
  const driverAgencies = [centerAgencyId, ...others.filter((a) => enforcing.test(a.name)).map((a) => a.id)];
  for (let i = 0; i < 60; i += 1) {
    const agencyId = i < 36 ? centerAgencyId : driverAgencies[(i % (driverAgencies.length - 1 || 1)) + 1] ?? centerAgencyId;
    const licenceClass: LicenceClass = i % 12 === 0 ? 'A1' : i % 5 === 0 ? 'B1' : 'C1';
    const expiryDays = i === 7 || i === 21 ? 12 + i : Math.floor(rnd() * 6 * 365) + 60; // two expire within the reminder period
    drivers.push({ name: nameOf(), agencyId, licenceClass, licenceExpiry: isoDay(today + expiryDays * 86_400_000), emergencyTeam: i % 5 === 1, status: i === 58 ? 'left' : i === 59 ? 'suspended' : 'active' });
  }
  return { vehicles, drivers, rnd, isoDay };
}

export const demoShops = [
  { name: '舟山市交通汽车维修有限公司（定点）', address: '定海区临城街道翁山路 188 号', contact: '陈师傅', phone: '0580-2021001' },
  { name: '舟山浙达汽车服务有限公司（定点）', address: '定海区新城千岛路 520 号', contact: '李经理', phone: '0580-2021002' },
  { name: '普陀区东港汽车修理厂（定点）', address: '普陀区东港街道海莲路 66 号', contact: '王师傅', phone: '0580-3021003' },
  { name: '岱山县高亭汽车维修中心（定点）', address: '岱山县高亭镇东海路 12 号', contact: '张师傅', phone: '0580-4021004' },
  { name: '比亚迪舟山授权服务站（定点）', address: '定海区海天大道 901 号', contact: '刘经理', phone: '0580-2021005' },
  { name: '嵊泗县菜园汽车修理部', address: '嵊泗县菜园镇沙河路 8 号', contact: '吴师傅', phone: '0580-5021006' },
];
