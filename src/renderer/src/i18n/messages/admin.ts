export const zh = {
  title: '系统管理',
  tabs: { accounts: '账号', audit: '审计日志' },
  accounts: {
    create: '新建账号',
    edit: '编辑账号',
    resetPassword: '重置密码（留空不修改）',
    empty: '还没有其他账号。点击“新建账号”为学员、培训师或主管创建账号。',
    created: '账号已创建',
    updated: '账号已更新',
    inactive: '已停用',
    deactivateConfirm: '停用后该账号将立即退出且无法登录，确定停用 {name} 吗？'
  },
  audit: {
    at: '时间',
    actor: '操作人',
    action: '操作',
    target: '对象',
    change: '变更',
    before: '变更前',
    after: '变更后',
    empty: '暂无审计记录。',
    exportCsv: '导出 CSV',
    filterAction: '按操作筛选，如 case.',
    system: '系统'
  }
}

export const en: typeof zh = {
  title: 'Administration',
  tabs: { accounts: 'Accounts', audit: 'Audit log' },
  accounts: {
    create: 'New account',
    edit: 'Edit account',
    resetPassword: 'Reset password (leave empty to keep)',
    empty: 'No other accounts yet. Click “New account” to create one for a trainee, trainer or manager.',
    created: 'Account created',
    updated: 'Account updated',
    inactive: 'Inactive',
    deactivateConfirm: 'The account will be signed out at once and cannot sign in. Deactivate {name}?'
  },
  audit: {
    at: 'When',
    actor: 'Who',
    action: 'Action',
    target: 'Target',
    change: 'Change',
    before: 'Before',
    after: 'After',
    empty: 'No audit entries yet.',
    exportCsv: 'Export CSV',
    filterAction: 'Filter by action, e.g. case.',
    system: 'System'
  }
}
