/** Chinese, the app's first language; every key here must exist in en.ts too (typed). */
export const zhCN = {
  app: { title: 'GrantDesk 职教补贴申报助手', tagline: '离线起草 · 政策核对 · 打印申报表', nav: '主导航' },
  common: { yuan: '元' },
  nav: {
    drafts: '申报草稿',
    new: '新建申报',
    eligibility: '政策匹配',
    policies: '政策库',
    acroform: '填写官方表格',
    backup: '备份与恢复',
    settings: '设置',
  },
  drafts: {
    description: '正在起草、待打印和已提交的申报都在这里，自动保存在本机。',
    empty: '还没有申报草稿',
    create: '新建申报',
  },
  newApp: {
    description: '先选择适用的政策文件，再选择申报项目和申报单位。',
    stepPolicy: '选择政策',
    stepProgram: '选择项目',
    stepApplicant: '申报单位',
    empty: '政策库中还没有可申报的政策文件',
  },
  eligibility: {
    description: '根据申报单位的情况，列出每份政策文件下可申报的项目、预计金额或不符合的原因。',
  },
  policies: { description: '各地职业教育补贴政策原文、条款与可申报项目。', empty: '暂无政策文件' },
  backup: {
    description: '把全部或选中的草稿连同附件导出为一个备份文件，换电脑或重装后可完整恢复。',
    empty: '还没有可备份的草稿',
    export: '导出备份',
    restore: '从备份恢复',
  },
  settings: {
    description: '运行环境、界面语言与数据存储。',
    environment: '运行环境',
    storage: '数据存储',
    language: '界面语言',
    reading: '正在读取…',
    readFailed: '读取失败：{{error}}',
    exportDiagnostics: '导出诊断信息',
    exported: '诊断信息已导出',
    persistent: '持久存储（磁盘空间不足时浏览器也不会清除）',
    notPersistent: '非持久存储：磁盘空间不足时浏览器可能清除数据，请定期备份',
    usage: '；已用 {{used}}，上限 {{quota}}',
    diagnosticsFile: 'grantdesk-诊断信息.json',
    typeface: '申报表字体',
    typefaceSans: '现代（黑体）',
    typefaceSerif: '公文（宋体正文、黑体标题）',
    typefaceHelp: '打印、预览和保存的申报表使用此字体；字体已随应用附带，打印时嵌入 PDF。',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof zhCN>;
