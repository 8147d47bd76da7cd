/** Strings of the appraisal module. */
export const zh = {
  title: '定期考核',
  period: { month: '月度', quarter: '季度', custom: '自定义', label: '考核期', quarterN: '{year} 年第 {q} 季度', previous: '对比上期：{from} 至 {to}' },
  team: { all: '全部门店/班组', label: '门店/班组', none: '（未分组）' },
  col: {
    rank: '排名', staff: '员工', staffId: '工号', team: '门店/班组', tickets: '工单数', timeliness: '及时率', resolution: '解决率',
    satisfaction: '满意度', csat: 'CSAT', response: '平均响应(时)', cycle: '处理周期(时)', training: '培训得分', composite: '综合得分', grade: '等级'
  },
  na: '—',
  trendUp: '较上期上升 {d}',
  trendDown: '较上期下降 {d}',
  overall: '整体',
  summary: '{staff} 名员工 · {tickets} 张工单 · 及时率 {timeliness} · 解决率 {resolution} · 满意度 {satisfaction}',
  empty: '这个考核期还没有工单记录。导入 CSV 或 XLSX 文件开始考核。',
  actions: { import: '导入工单', roster: '员工名册', exportCsv: '导出 CSV', exportXlsx: '导出 XLSX', print: '打印', newRecord: '录入工单' },
  import: {
    title: '导入工单记录',
    hint: 'CSV 或 XLSX，表头可用中文或英文（工单号、工号、姓名、渠道、类别、优先级、受理时间、首次响应时间、解决时间、状态、满意度，可选根因）。无时区的时间按 {zone} 解读。',
    pick: '选择文件',
    reading: '正在读取 {rows} 行…',
    writing: '正在写入…',
    summary: '共 {rows} 行：{good} 行可导入，{bad} 行有问题',
    badTitle: '问题行（不会导入）',
    line: '行号',
    ticket: '工单号',
    reasons: '原因',
    previewTitle: '可导入的行（预览前 {n} 行）',
    goodOnly: '导入 {n} 行有效数据',
    nothing: '全部不导入',
    fileFailed: '文件无法导入',
    ignored: '忽略的列：{cols}',
    done: '已导入：新增 {inserted} 条，更新 {updated} 条',
    staffAdded: '，新增员工 {n} 名',
    downloadBad: '下载问题行报告'
  },
  roster: {
    title: '员工名册', add: '添加员工', importCsv: '导入名册 CSV', name: '姓名', hireDate: '入职日期', active: '在职', inactive: '离职',
    importHint: 'CSV 表头：工号, 姓名, 门店, 入职日期, 在职（或 staff_id, name, team, hire_date, active）', imported: '已导入 {n} 名员工',
    problems: '名册有问题，未导入：', edit: '编辑员工', back: '返回考核', required: '请填写{field}'
  },
  record: {
    title: '录入 / 更正工单', find: '按工单号查找', load: '载入', saved: '工单 {id} 已保存', duplicate: '工单号 {id} 已存在；要更正它，请先按工单号载入',
    fields: {
      ticket_id: '工单号', staff_id: '工号', staff_name: '姓名', channel: '渠道', category: '类别', priority: '优先级', received_at: '受理时间',
      first_response_at: '首次响应时间', resolved_at: '解决时间', status: '状态', satisfaction: '满意度', root_cause: '根因'
    },
    timeHint: '格式 2026-10-01 09:30（{zone}）',
    status: { resolved: '已解决', unresolved: '未解决' },
    rootCause: { product: '产品', process: '流程', system: '系统', logistics: '物流', staff: '人员', other: '其他' }
  },
  staff: {
    back: '返回排名', trends: '近 6 期 KPI 趋势', byCategory: '工单类别分布', byChannel: '受理渠道分布', problems: '超时或未解决的工单',
    problemsMore: '共 {n} 张，显示前 {shown} 张', lateResponse: '响应超时', lateResolution: '解决超时', unresolved: '未解决', noProblems: '没有超时或未解决的工单。',
    received: '受理时间', notOnRoster: '不在名册中', hired: '入职 {date}', chartLoading: '图表加载中…',
    roleplay: '情景演练结果（按服务标准）', assessment: '考核', practice: '练习', standard: '服务标准', finishedAt: '完成时间', case: '案例', mode: '模式',
    score: '得分', passed: '通过', failed: '未通过', noSessions: '本期没有完成的情景演练。', assignTraining: '去「激励」页分配训练'
  }
}

export const en: typeof zh = {
  title: 'Period appraisal',
  period: { month: 'Month', quarter: 'Quarter', custom: 'Custom', label: 'Period', quarterN: 'Q{q} {year}', previous: 'Compared with {from} – {to}' },
  team: { all: 'All stores / teams', label: 'Store / team', none: '(no team)' },
  col: {
    rank: 'Rank', staff: 'Staff', staffId: 'Staff ID', team: 'Store / team', tickets: 'Tickets', timeliness: 'Timeliness', resolution: 'Resolution',
    satisfaction: 'Satisfaction', csat: 'CSAT', response: 'Avg response (h)', cycle: 'Avg cycle (h)', training: 'Training', composite: 'Composite', grade: 'Grade'
  },
  na: '—',
  trendUp: 'up {d} on the previous period',
  trendDown: 'down {d} on the previous period',
  overall: 'Overall',
  summary: '{staff} staff · {tickets} tickets · timeliness {timeliness} · resolution {resolution} · satisfaction {satisfaction}',
  empty: 'No records in this period yet. Import a CSV or XLSX file to start.',
  actions: { import: 'Import records', roster: 'Roster', exportCsv: 'Export CSV', exportXlsx: 'Export XLSX', print: 'Print', newRecord: 'Enter a record' },
  import: {
    title: 'Import complaint records',
    hint: 'CSV or XLSX with English or Chinese headers (ticket_id, staff_id, staff_name, channel, category, priority, received_at, first_response_at, resolved_at, status, satisfaction, optional root_cause). Times without an offset are read in {zone}.',
    pick: 'Choose a file',
    reading: 'Reading {rows} rows…',
    writing: 'Saving…',
    summary: '{rows} rows: {good} can be imported, {bad} have problems',
    badTitle: 'Rows with problems (not imported)',
    line: 'Line',
    ticket: 'Ticket',
    reasons: 'Reason',
    previewTitle: 'Rows to import (first {n})',
    goodOnly: 'Import the {n} good rows',
    nothing: 'Import nothing',
    fileFailed: 'The file cannot be imported',
    ignored: 'Ignored columns: {cols}',
    done: 'Imported: {inserted} new, {updated} updated',
    staffAdded: ', {n} staff added',
    downloadBad: 'Download the bad-row report'
  },
  roster: {
    title: 'Staff roster', add: 'Add staff', importCsv: 'Import roster CSV', name: 'Name', hireDate: 'Hire date', active: 'Active', inactive: 'Left',
    importHint: 'CSV headers: staff_id, name, team, hire_date, active (or 工号, 姓名, 门店, 入职日期, 在职)', imported: '{n} staff imported',
    problems: 'The roster has problems; nothing was imported:', edit: 'Edit staff member', back: 'Back to the appraisal', required: '{field} is required'
  },
  record: {
    title: 'Enter / correct a record', find: 'Find by ticket id', load: 'Load', saved: 'Ticket {id} saved', duplicate: 'Ticket {id} already exists; to correct it, load it by its ticket id first',
    fields: {
      ticket_id: 'Ticket ID', staff_id: 'Staff ID', staff_name: 'Name', channel: 'Channel', category: 'Category', priority: 'Priority', received_at: 'Received at',
      first_response_at: 'First response at', resolved_at: 'Resolved at', status: 'Status', satisfaction: 'Satisfaction', root_cause: 'Root cause'
    },
    timeHint: 'Format 2026-10-01 09:30 ({zone})',
    status: { resolved: 'Resolved', unresolved: 'Unresolved' },
    rootCause: { product: 'Product', process: 'Process', system: 'System', logistics: 'Logistics', staff: 'Staff', other: 'Other' }
  },
  staff: {
    back: 'Back to the ranking', trends: 'KPI trends, last 6 periods', byCategory: 'Tickets by category', byChannel: 'Tickets by channel', problems: 'Late or unresolved tickets',
    problemsMore: '{n} in all, first {shown} shown', lateResponse: 'Late response', lateResolution: 'Late resolution', unresolved: 'Unresolved', noProblems: 'No late or unresolved tickets.',
    received: 'Received', notOnRoster: 'not on the roster', hired: 'hired {date}', chartLoading: 'Loading the chart…',
    roleplay: 'Role-play results by service standard', assessment: 'Assessment', practice: 'Practice', standard: 'Standard', finishedAt: 'Finished', case: 'Case', mode: 'Mode',
    score: 'Score', passed: 'Passed', failed: 'Failed', noSessions: 'No role-play sessions finished in this period.', assignTraining: 'Assign training on the Incentives page'
  }
}
