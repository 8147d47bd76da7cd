export const zh = {
  welcome: '{name}，欢迎回来',
  denied: '你没有权限打开 {path}。',
  blurb: {
    cases: '典型投诉案例、处理经过与经验教训，可按类别、渠道、服务标准检索。',
    roleplay: '与模拟顾客对话练习投诉处理，按服务标准评分并复盘。',
    appraisal: '按周期统计及时率、解决率、满意度，排名与专项考核。'
  }
}

export const en: typeof zh = {
  welcome: 'Welcome back, {name}',
  denied: 'You do not have permission to open {path}.',
  blurb: {
    cases: 'Typical complaints, how they were handled and the lessons learned; search by category, channel and standard.',
    roleplay: 'Practise with a simulated customer, get scored against the service standards and a debrief.',
    appraisal: 'Timeliness, resolution and satisfaction per period, rankings and special appraisals.'
  }
}
