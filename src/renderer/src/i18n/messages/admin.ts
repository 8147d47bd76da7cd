export const zh = {
  title: '系统管理',
  tabs: { accounts: '账号', audit: '审计日志', backup: '备份与恢复' },
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
  },
  backup: {
    archivesTitle: '数据备份',
    now: '立即备份',
    export: '导出备份文件',
    schedule: '系统每 {hours} 小时自动备份一次全部数据（可在设置中修改），备份保存在数据目录的 backups/archives 中。',
    scheduleOff: '自动备份已关闭（可在设置中开启）。',
    empty: '还没有备份。点击“立即备份”创建第一个备份。',
    at: '备份时间',
    size: '大小',
    path: '位置',
    done: '备份已完成',
    restoreTitle: '从备份恢复',
    restoreHint: '恢复会用备份文件中的数据替换当前全部数据（账号、案例、演练记录、考核数据、设置）。恢复前会先完整校验备份文件，校验不通过则不做任何改动；被替换的数据会保留在数据目录的 .pre-restore-时间 文件夹中。恢复后所有人需要重新登录。',
    restorePick: '选择备份文件并恢复…',
    restoreConfirm: '确定用“{name}”替换当前全部数据吗？恢复后所有人需要重新登录。',
    restoreGo: '恢复',
    restored: '已从备份恢复 {files} 个数据文件，请重新登录。'
  }
}

export const en: typeof zh = {
  title: 'Administration',
  tabs: { accounts: 'Accounts', audit: 'Audit log', backup: 'Backup & restore' },
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
  },
  backup: {
    archivesTitle: 'Data backups',
    now: 'Back up now',
    export: 'Export backup file',
    schedule: 'All data is backed up automatically every {hours} hours (change it in Settings); backups are kept in the data folder under backups/archives.',
    scheduleOff: 'Automatic backups are off (turn them on in Settings).',
    empty: 'No backups yet. Click “Back up now” to make the first one.',
    at: 'Taken',
    size: 'Size',
    path: 'Location',
    done: 'Backup complete',
    restoreTitle: 'Restore from a backup',
    restoreHint: 'Restoring replaces all current data (accounts, cases, sessions, appraisal data, settings) with the backup file’s. The whole file is checked first; if anything is wrong nothing is changed. The replaced data is kept in the data folder under .pre-restore-<time>. Everyone signs in again afterwards.',
    restorePick: 'Choose a backup file and restore…',
    restoreConfirm: 'Replace all current data with “{name}”? Everyone will need to sign in again.',
    restoreGo: 'Restore',
    restored: 'Restored {files} data files from the backup. Please sign in again.'
  }
}
