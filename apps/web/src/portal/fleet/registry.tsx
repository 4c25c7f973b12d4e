import { BarChartOutlined, CarOutlined, NodeIndexOutlined } from '@ant-design/icons';
import { registerPortalEntry } from '../registry';

// 公务用车 on the portal's home grid (imported once by PortalApp).
registerPortalEntry({ key: 'fleet-request', icon: <CarOutlined />, color: '#3949ab', label: { zh: '用车申请', en: 'Car requests' }, path: '/m/fleet/requests', permission: 'fleet:trip-request:create', sort: 50 });
registerPortalEntry({ key: 'fleet-driver', icon: <NodeIndexOutlined />, color: '#455a64', label: { zh: '驾驶员任务', en: 'Driver tasks' }, path: '/m/fleet/driver', permission: 'fleet:trip:record', sort: 51 });
registerPortalEntry({ key: 'fleet-disclosure', icon: <BarChartOutlined />, color: '#c62828', label: { zh: '百里油耗公示', en: 'Fuel disclosure' }, path: '/m/fleet/disclosure', permission: 'fleet:disclosure:read', sort: 52 });
