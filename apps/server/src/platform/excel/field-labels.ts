/** Chinese column headers for the fields that lists share; any other field keeps its own name. */
const labels: Record<string, string> = {
  id: '编号', code: '编码', name: '名称', nameZh: '名称', nameEn: '英文名称', title: '标题', kind: '类别', type: '类型',
  status: '状态', state: '状态', active: '启用', description: '说明', note: '备注', remark: '备注', sort: '排序',
  agencyId: '单位编号', agencyName: '单位', departmentId: '处室编号', departmentName: '处室', regionId: '区域编号', regionName: '区域',
  personId: '人员编号', personName: '人员', accountId: '账号编号', username: '用户名', displayName: '姓名',
  rank: '职级', adminLevel: '行政层级', isLeader: '领导岗位', headPersonId: '负责人编号',
  createdAt: '创建时间', updatedAt: '更新时间', startsAt: '开始时间', endsAt: '结束时间', at: '时间', dueAt: '到期时间',
  resourceType: '资源类型', resourceId: '资源编号', holderAgencyId: '使用单位编号', holderPersonId: '使用人编号',
  cron: '执行计划', nextRunAt: '下次执行', lastRunAt: '上次执行', lastStatus: '上次结果', enabled: '启用',
  channel: '渠道', recipient: '接收人', attempts: '尝试次数', lastError: '最近错误', sentAt: '发送时间',
  businessType: '业务类型', applicantName: '申请人', amountFen: '金额（分）', value: '数值', unit: '单位',
  effectiveFrom: '生效日期', effectiveTo: '失效日期', year: '年度', source: '来源', url: '地址', eventType: '事件类型',
};

export const fieldLabel = (field: string): string => labels[field] ?? field;
