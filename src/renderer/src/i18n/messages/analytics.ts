/** Strings of the analytics module. */
export const zh = {
  nav: { report: '分析报告' },
  period: {
    unit: '周期', month: '按月', week: '按周', at: '日期', count: '趋势周期数', team: '门店/团队', allTeams: '全部门店',
    range: '{from} 至 {to}', refresh: '刷新', timeZone: '时区：{zone}'
  },
  metric: {
    total: '投诉量', resolutionRate: '解决率', timelinessRate: '及时率', satisfactionAvg: '平均满意度', csat: 'CSAT',
    medianResponseHours: '响应时长中位数（小时）', medianCycleHours: '处理周期中位数（小时）', urgentShare: '紧急投诉占比'
  },
  change: { vsPrevious: '较上期 {change}', none: '无上期数据' },
  empty: '所选周期内没有投诉记录。请先在「绩效考核」中导入投诉记录。',
  flagged: {
    title: '以下类别的投诉量急剧上升',
    rule: '规则：本期比上期增加至少 {rise}% 且至少多 {count} 件（上期没有任何记录时不标记）。',
    item: '{category}：{previous} → {current} 件'
  },
  urgent: '紧急投诉 {count} 件（占 {share}），{met} 在时限内响应，响应时长中位数 {median} 小时、90 分位 {p90} 小时。',
  chart: {
    volume: '投诉量趋势（按类别堆叠）', heat: '类别 × 渠道', sla: '各优先级时限达成率', response: '响应达标', resolution: '解决达标',
    loading: '图表加载中…'
  },
  table: {
    byCategory: '按类别', byChannel: '按渠道', byRootCause: '按根因', category: '类别', channel: '渠道', rootCause: '根因', tickets: '件数', share: '占比',
    resolution: '解决率', timeliness: '及时率', satisfaction: '满意度', csat: 'CSAT', noRootCause: '本周期的记录没有填写根因（导入时可选 root_cause / 根因 列）。',
    times: '时长（小时）', median: '中位数', p90: '90 分位', response: '首次响应', cycle: '处理周期'
  },
  rootCause: { product: '产品', process: '流程', system: '系统', logistics: '物流', staff: '人员', other: '其他', unknown: '未填写' },
  report: {
    generate: '生成报告', generating: '生成中…', saved: '已保存的报告', noSaved: '还没有保存的报告', open: '打开',
    title: '报告标题', save: '保存报告', update: '保存修改', exportMd: '导出 Markdown', print: '打印 / 导出 PDF',
    savedAt: '{name} 保存于 {at}（第 {version} 版）', unsaved: '尚未保存', readOnly: '只有主管可以保存和编辑报告。',
    headline: '核心指标', topTypes: '主要投诉类型与示例工单', staff: '员工表现', top: '表现突出', attention: '需要关注', none: '无',
    suggestions: '改进建议', edit: '编辑（Markdown）', preview: '预览', trend: '趋势', charts: '图表',
    ticket: '工单号', received: '受理时间', status: '状态', rating: '满意度', resolved: '已解决', unresolved: '未解决',
    responseHours: '响应（小时）', name: '姓名', grade: '等级', composite: '综合分', rank: '名次',
    draftCase: '生成案例草稿', draftHint: '勾选一张或几张同类工单，生成案例库草稿（已去除个人信息），之后走正常审核流程。',
    draftDone: '已创建案例草稿「{title}」（{id}），可在案例库中编辑并提交审核。', period: '统计周期', generatedAt: '生成时间',
    share: '占 {share}', examples: '示例工单'
  }
}

export const en: typeof zh = {
  nav: { report: 'Reports' },
  period: {
    unit: 'Period', month: 'Monthly', week: 'Weekly', at: 'Date', count: 'Trend periods', team: 'Store / team', allTeams: 'All stores',
    range: '{from} to {to}', refresh: 'Refresh', timeZone: 'Time zone: {zone}'
  },
  metric: {
    total: 'Complaints', resolutionRate: 'Resolution rate', timelinessRate: 'Timeliness rate', satisfactionAvg: 'Mean satisfaction', csat: 'CSAT',
    medianResponseHours: 'Median response (h)', medianCycleHours: 'Median cycle (h)', urgentShare: 'Urgent share'
  },
  change: { vsPrevious: '{change} vs previous', none: 'No previous period' },
  empty: 'No complaint records in this period. Import records under Appraisal first.',
  flagged: {
    title: 'Complaints rose sharply in these categories',
    rule: 'Rule: at least {rise}% and at least {count} more complaints than the previous period (not when the previous period has no records at all).',
    item: '{category}: {previous} → {current}'
  },
  urgent: '{count} urgent complaints ({share}); {met} answered within the SLA, median response {median} h, 90th percentile {p90} h.',
  chart: {
    volume: 'Complaint volume (stacked by category)', heat: 'Category × channel', sla: 'SLA attainment by priority', response: 'Response in SLA', resolution: 'Resolved in SLA',
    loading: 'Loading charts…'
  },
  table: {
    byCategory: 'By category', byChannel: 'By channel', byRootCause: 'By root cause', category: 'Category', channel: 'Channel', rootCause: 'Root cause', tickets: 'Tickets', share: 'Share',
    resolution: 'Resolution', timeliness: 'Timeliness', satisfaction: 'Satisfaction', csat: 'CSAT', noRootCause: 'No record in this period has a root cause (optional root_cause column of the import).',
    times: 'Times (hours)', median: 'Median', p90: '90th percentile', response: 'First response', cycle: 'Cycle'
  },
  rootCause: { product: 'Product', process: 'Process', system: 'System', logistics: 'Logistics', staff: 'Staff', other: 'Other', unknown: 'Not given' },
  report: {
    generate: 'Generate report', generating: 'Generating…', saved: 'Saved reports', noSaved: 'No saved reports yet', open: 'Open',
    title: 'Report title', save: 'Save report', update: 'Save changes', exportMd: 'Export Markdown', print: 'Print / PDF',
    savedAt: 'Saved by {name} at {at} (version {version})', unsaved: 'Not saved yet', readOnly: 'Only managers save and edit reports.',
    headline: 'Headline figures', topTypes: 'Top complaint types with example tickets', staff: 'Staff highlights', top: 'Top performers', attention: 'Needing support', none: 'None',
    suggestions: 'Improvement suggestions', edit: 'Edit (Markdown)', preview: 'Preview', trend: 'Trend', charts: 'Charts',
    ticket: 'Ticket', received: 'Received', status: 'Status', rating: 'Rating', resolved: 'Resolved', unresolved: 'Unresolved',
    responseHours: 'Response (h)', name: 'Name', grade: 'Grade', composite: 'Composite', rank: 'Rank',
    draftCase: 'Create draft case', draftHint: 'Tick one or several similar tickets to start a draft case in the library (personal data removed); it then goes through review.',
    draftDone: 'Draft case "{title}" ({id}) created; edit it in the case library and submit it for review.', period: 'Period', generatedAt: 'Generated',
    share: '{share} of all', examples: 'Example tickets'
  }
}
