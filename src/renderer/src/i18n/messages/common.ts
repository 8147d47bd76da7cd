export const zh = {
  app: { name: '客诉教练', fullName: '客诉教练 Complaint Coach', tagline: '零售客服投诉处理训练' },
  nav: { home: '首页', cases: '案例库', roleplay: '情景演练', appraisal: '绩效考核', analytics: '投诉分析', settings: '设置', admin: '系统管理' },
  action: {
    save: '保存', cancel: '取消', confirm: '确认', delete: '删除', edit: '编辑', create: '新建', back: '返回',
    search: '搜索', reset: '重置', export: '导出', import: '导入', close: '关闭', retry: '重试', submit: '提交', undo: '撤销'
  },
  theme: { label: '主题', light: '浅色', dark: '深色', auto: '跟随系统' },
  language: { label: '语言', 'zh-CN': '简体中文', en: 'English' },
  state: { loading: '加载中…', empty: '暂无数据', error: '出错了：{message}', saved: '已保存' },
  error: {
    'invalid-input': '输入有误：{message}', unauthorized: '请先登录', forbidden: '没有权限执行此操作',
    'not-found': '未找到：{message}', conflict: '{message}', locked: '登录失败次数过多，账号已暂时锁定，请 {seconds} 秒后再试。', 'too-large': '文件或内容过大',
    'unknown-channel': '未知接口', 'data-in-use': '数据正被另一个程序使用', internal: '系统内部错误，详情已记录在日志中'
  },
  placeholder: {
    title: '{module}即将上线',
    body: '这里将提供{module}功能。'
  },
  token: {
    title: '请使用启动时打印的链接打开',
    body: '浏览器模式下，每次启动都会生成一个访问令牌。请打开终端中打印的完整链接（包含 ?token=…）。'
  },
  print: {
    exportPdf: '导出 PDF',
    saved: '已保存为 PDF：{path}',
    failed: '导出 PDF 失败：{message}'
  },
  incidents: {
    title: '数据文件已自动恢复',
    body: '{file}：{problem}。原文件已移到 {movedTo}，已从备份 {restoredFrom} 恢复。',
    noBackup: '{file}：{problem}。原文件已移到 {movedTo}，没有可用备份，已使用空数据。'
  }
}

export const en: typeof zh = {
  app: { name: 'Complaint Coach', fullName: 'Complaint Coach 客诉教练', tagline: 'Complaint-handling training for retail service teams' },
  nav: { home: 'Home', cases: 'Case library', roleplay: 'Role-play', appraisal: 'Appraisal', analytics: 'Analytics', settings: 'Settings', admin: 'Administration' },
  action: {
    save: 'Save', cancel: 'Cancel', confirm: 'Confirm', delete: 'Delete', edit: 'Edit', create: 'New', back: 'Back',
    search: 'Search', reset: 'Reset', export: 'Export', import: 'Import', close: 'Close', retry: 'Retry', submit: 'Submit', undo: 'Undo'
  },
  theme: { label: 'Theme', light: 'Light', dark: 'Dark', auto: 'System' },
  language: { label: 'Language', 'zh-CN': '简体中文', en: 'English' },
  state: { loading: 'Loading…', empty: 'Nothing here yet', error: 'Something went wrong: {message}', saved: 'Saved' },
  error: {
    'invalid-input': 'Invalid input: {message}', unauthorized: 'Please sign in first', forbidden: 'You do not have permission to do this',
    'not-found': 'Not found: {message}', conflict: '{message}', locked: 'Too many failed attempts: the account is locked. Try again in {seconds} s.', 'too-large': 'The file or content is too large',
    'unknown-channel': 'Unknown API channel', 'data-in-use': 'The data is in use by another program', internal: 'Internal error; the details are in the log'
  },
  placeholder: {
    title: '{module} is coming',
    body: 'This page will provide the {module}.'
  },
  token: {
    title: 'Open the link printed at start-up',
    body: 'In browser mode every start creates an access token. Open the full link printed in the terminal (it contains ?token=…).'
  },
  print: {
    exportPdf: 'Export PDF',
    saved: 'Saved as PDF: {path}',
    failed: 'Could not export the PDF: {message}'
  },
  incidents: {
    title: 'A data file was restored automatically',
    body: '{file}: {problem}. The damaged file was moved to {movedTo} and the backup {restoredFrom} was restored.',
    noBackup: '{file}: {problem}. The damaged file was moved to {movedTo}; no backup was available, so it starts empty.'
  }
}
