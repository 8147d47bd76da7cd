export const zh = {
  title: '设置',
  appearance: '外观与语言',
  about: '关于',
  version: '版本',
  mode: '运行模式',
  modeElectron: '桌面应用',
  modeBrowser: '浏览器模式',
  dataDir: '数据目录',
  timeZone: '时区',
  idleMinutes: '闲置自动退出（分钟）',
  passMark: '演练及格分',
  adminOnly: '以下设置仅管理员可修改。'
}

export const en: typeof zh = {
  title: 'Settings',
  appearance: 'Appearance and language',
  about: 'About',
  version: 'Version',
  mode: 'Running as',
  modeElectron: 'Desktop app',
  modeBrowser: 'Browser mode',
  dataDir: 'Data folder',
  timeZone: 'Time zone',
  idleMinutes: 'Sign out after idle (minutes)',
  passMark: 'Role-play pass mark',
  adminOnly: 'Only administrators can change the settings below.'
}
