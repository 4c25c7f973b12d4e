/** Strings of the workflow pages, registered under the `workflow` key of both locales. */
export const workflowZhCN = {
  menu: { group: '审批中心', tasks: '我的待办', requests: '事项申请', definitions: '流程定义' },
  tabs: { open: '待办', done: '已办' },
  col: {
    title: '标题', type: '业务类型', step: '当前步骤', applicant: '申请人', agency: '单位', dueAt: '办理时限', submittedAt: '提交时间',
    actedAt: '处理时间', result: '处理结果', kind: '类别', amount: '金额（元）', status: '状态', name: '流程名称', region: '适用区域',
    version: '版本', active: '启用', steps: '步骤数', updatedAt: '更新时间', description: '说明',
  },
  overdue: '已超时',
  allRegions: '全部区域',
  action: {
    handle: '办理', view: '查看', approve: '同意', reject: '驳回', return: '退回修改', delegate: '委托', comment: '发表意见',
    withdraw: '撤回', resubmit: '修改后重新提交', submit: '提交申请', confirmWithdraw: '确定撤回该申请吗？', done: '已处理',
  },
  form: {
    comment: '审批意见', commentRequired: '请填写意见', delegateTo: '委托给', delegateToRequired: '请选择受托人',
    attachments: '附件编号', attachmentsHint: '文件编号（每行一个；文件管理上线后可直接上传）',
  },
  detail: {
    title: '审批详情', facts: '申请信息', steps: '审批步骤', tasks: '办理人', timeline: '审批记录', skipped: '不适用（已跳过）',
    parallelAll: '会签（全部同意）', parallelAny: '或签（任一同意）', sla: '时限 {{hours}} 小时', round: '第 {{round}} 轮',
  },
  instanceStatus: { running: '审批中', returned: '已退回', approved: '已通过', rejected: '已驳回', withdrawn: '已撤回' },
  taskStatus: { open: '待处理', approved: '已同意', rejected: '已驳回', returned: '已退回', delegated: '已委托', cancelled: '已取消' },
  via: { rule: '', fallback: '（替代人）', 'no-assignee': '（无人可审，转中心）', delegated: '（受托）', escalated: '（超时升级）' },
  event: {
    submit: '提交申请', resubmit: '重新提交', step: '进入步骤', approve: '同意', reject: '驳回', return: '退回修改', withdraw: '撤回',
    delegate: '委托', comment: '发表意见', remind: '超时提醒', escalate: '超时升级', skip: '跳过步骤', reassign: '转交替代审批人', approved: '审批通过',
  },
  request: {
    new: '新建事项申请', title: '事项标题', kind: '事项类别', amount: '金额（元）', description: '事项说明', filed: '申请已提交',
    mine: '我的事项申请', empty: '暂无申请。点击“新建事项申请”填写并提交审批',
  },
  kind: { general: '一般事项', expense: '经费报销', purchase: '采购', leave: '请休假', other: '其他' },
  requestStatus: { pending: '审批中', returned: '已退回', approved: '已通过', rejected: '已驳回', withdrawn: '已撤回' },
  def: {
    new: '新建流程', edit: '编辑流程定义', businessType: '业务类型', region: '适用区域（不选为全部）', steps: '审批步骤',
    addStep: '添加步骤', stepName: '步骤名称', mode: '多个审批方时', modeAll: '会签：全部同意', modeAny: '或签：任一同意',
    sla: '办理时限（小时）', condition: '适用条件（可选）', amountMin: '金额不低于（元）', amountMax: '金额不高于（元）',
    kinds: '事项类别', assignees: '审批人（多个即并行审批）', addAssignee: '添加审批方', ruleKind: '审批人规则', role: '角色',
    person: '人员', fallback: '找不到时改由', noFallback: '不设替代', removeStep: '删除步骤', removeAssignee: '删除',
    versionHint: '修改后只影响之后提交的申请；进行中的审批仍按提交时的版本办理。', empty: '暂无流程定义',
  },
  rule: { 'agency-role': '申请人单位的角色', 'center-role': '中心角色', 'department-head': '申请人部门负责人', person: '指定人员' },
  emptyTasks: '暂无待办，新的审批任务会显示在这里',
  emptyDone: '暂无已办记录',
};

export const workflowEnUS: typeof workflowZhCN = {
  menu: { group: 'Approvals', tasks: 'My tasks', requests: 'Requests', definitions: 'Process definitions' },
  tabs: { open: 'To do', done: 'Done' },
  col: {
    title: 'Title', type: 'Business type', step: 'Step', applicant: 'Applicant', agency: 'Agency', dueAt: 'Due', submittedAt: 'Submitted',
    actedAt: 'Handled', result: 'Result', kind: 'Kind', amount: 'Amount (yuan)', status: 'Status', name: 'Name', region: 'Region',
    version: 'Version', active: 'Active', steps: 'Steps', updatedAt: 'Updated', description: 'Description',
  },
  overdue: 'Overdue',
  allRegions: 'All regions',
  action: {
    handle: 'Handle', view: 'View', approve: 'Approve', reject: 'Reject', return: 'Return for edits', delegate: 'Delegate', comment: 'Comment',
    withdraw: 'Withdraw', resubmit: 'Edit and resubmit', submit: 'Submit', confirmWithdraw: 'Withdraw this request?', done: 'Done',
  },
  form: {
    comment: 'Comment', commentRequired: 'Please enter a comment', delegateTo: 'Delegate to', delegateToRequired: 'Choose an account',
    attachments: 'Attachment ids', attachmentsHint: 'File ids, one per line (uploads come with the files service)',
  },
  detail: {
    title: 'Approval', facts: 'Request', steps: 'Steps', tasks: 'Assignees', timeline: 'Timeline', skipped: 'Not applicable (skipped)',
    parallelAll: 'All must approve', parallelAny: 'Any may approve', sla: 'SLA {{hours}} h', round: 'Round {{round}}',
  },
  instanceStatus: { running: 'In approval', returned: 'Returned', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  taskStatus: { open: 'Open', approved: 'Approved', rejected: 'Rejected', returned: 'Returned', delegated: 'Delegated', cancelled: 'Cancelled' },
  via: { rule: '', fallback: ' (substitute)', 'no-assignee': ' (no assignee: center)', delegated: ' (delegate)', escalated: ' (escalated)' },
  event: {
    submit: 'Submitted', resubmit: 'Resubmitted', step: 'Step started', approve: 'Approved', reject: 'Rejected', return: 'Returned for edits',
    withdraw: 'Withdrawn', delegate: 'Delegated', comment: 'Comment', remind: 'Overdue reminder', escalate: 'Escalated', skip: 'Step skipped',
    reassign: 'Passed to a substitute', approved: 'Approval complete',
  },
  request: {
    new: 'New request', title: 'Title', kind: 'Kind', amount: 'Amount (yuan)', description: 'Description', filed: 'Request submitted',
    mine: 'My requests', empty: 'No requests yet. Click "New request" to file one for approval',
  },
  kind: { general: 'General', expense: 'Expense claim', purchase: 'Purchase', leave: 'Leave', other: 'Other' },
  requestStatus: { pending: 'In approval', returned: 'Returned', approved: 'Approved', rejected: 'Rejected', withdrawn: 'Withdrawn' },
  def: {
    new: 'New process', edit: 'Edit process definition', businessType: 'Business type', region: 'Region (empty: all)', steps: 'Steps',
    addStep: 'Add step', stepName: 'Step name', mode: 'With several approvers', modeAll: 'All must approve', modeAny: 'Any may approve',
    sla: 'SLA (hours)', condition: 'Applies when (optional)', amountMin: 'Amount at least (yuan)', amountMax: 'Amount at most (yuan)',
    kinds: 'Kinds', assignees: 'Approvers (several run in parallel)', addAssignee: 'Add approver', ruleKind: 'Rule', role: 'Role',
    person: 'Person', fallback: 'If nobody, then', noFallback: 'No substitute', removeStep: 'Remove step', removeAssignee: 'Remove',
    versionHint: 'Changes apply to requests submitted from now on; running approvals keep the version they started with.', empty: 'No process definitions',
  },
  rule: { 'agency-role': "Role in the applicant's agency", 'center-role': 'Center role', 'department-head': "Applicant's department head", person: 'A person' },
  emptyTasks: 'Nothing to do. New approval tasks appear here',
  emptyDone: 'Nothing handled yet',
};
