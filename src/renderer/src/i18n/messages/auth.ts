export const zh = {
  setup: {
    title: '首次使用：创建管理员账号',
    intro: '这是第一次启动。请为管理员设置用户名和密码，之后可在“系统管理”中为学员、培训师和主管创建账号。',
    submit: '创建管理员并进入'
  },
  login: { title: '登录', submit: '登录', wrong: '用户名或密码错误。', idle: '由于长时间未操作，已自动退出登录。', signedOut: '已退出登录。' },
  field: {
    username: '用户名', displayName: '显示名称', password: '密码', passwordAgain: '再次输入密码',
    roles: '角色', staffId: '对应工号', active: '启用'
  },
  rule: { required: '必填', passwordLength: '密码至少 8 位', passwordMatch: '两次输入的密码不一致', username: '仅限字母、数字、_ . -，2–40 位' },
  role: { trainee: '学员', trainer: '培训师', manager: '主管', admin: '管理员' },
  user: { signOut: '退出登录', signedInAs: '当前用户：{name}' }
}

export const en: typeof zh = {
  setup: {
    title: 'First start: create the administrator',
    intro: 'This is the first start. Choose the administrator’s user name and password; you can then create accounts for trainees, trainers and managers under “Administration”.',
    submit: 'Create administrator and continue'
  },
  login: { title: 'Sign in', submit: 'Sign in', wrong: 'Wrong user name or password.', idle: 'You were signed out after a period of inactivity.', signedOut: 'You have signed out.' },
  field: {
    username: 'User name', displayName: 'Display name', password: 'Password', passwordAgain: 'Repeat password',
    roles: 'Roles', staffId: 'Staff ID', active: 'Active'
  },
  rule: { required: 'Required', passwordLength: 'At least 8 characters', passwordMatch: 'The passwords do not match', username: 'Letters, digits, _ . - only, 2–40 characters' },
  role: { trainee: 'Trainee', trainer: 'Trainer', manager: 'Manager', admin: 'Administrator' },
  user: { signOut: 'Sign out', signedInAs: 'Signed in as {name}' }
}
