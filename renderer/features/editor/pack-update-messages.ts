import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  title: '政策包已更新',
  intro: '本申报按 {doc}（{from}）核对；本机现有新版本 {to}。更新前后的区别：',
  amount: '可申报金额：{before} → {after}',
  noAmount: '暂无',
  findingsAdded: '新增提示：',
  findingsRemoved: '不再出现的提示：',
  clausesChanged: '条款 {ref} 的文字有变：',
  clauseBefore: '原文：',
  clauseAfter: '新文：',
  clausesAdded: '新增条款：{refs}',
  clausesRemoved: '删去条款：{refs}',
  nothingElse: '提示和条款没有变化。',
  update: '更新到新版本',
  keep: '保持旧版本',
  updated: '已更新到 {to}；更新前的内容已存入修改历史。',
  kept: '继续按 {from} 核对；有更新的版本时会再提示。',
  missingTitle: '找不到本申报使用的政策包',
  missing:
    '本申报使用政策包 {pack}，本机没有这个版本（未导入，或其副本已不在）。检查和打印无法按它进行；请在政策库重新导入该版本。',
  missingNewer: '也可以改用本机现有的版本 {to}（更新前的内容存入修改历史）。',
  useHere: '改用 {to}',
  unreadable:
    '本申报使用政策包 {pack}。本机保存了这个版本，但它已无法读取：{problems}。检查和打印无法按它进行；请在政策库导入修正后的同一版本，或升级 GrantDesk。',
};

export type PackUpdateText = typeof zh;

export const packUpdateMessages: FeatureMessages<PackUpdateText> = {
  zh,
  en: {
    title: 'The policy pack was updated',
    intro: 'This application is checked under {doc} ({from}); version {to} is now here. What changes:',
    amount: 'Claimable amount: {before} → {after}',
    noAmount: 'none',
    findingsAdded: 'New findings:',
    findingsRemoved: 'Findings that go away:',
    clausesChanged: 'The text of clause {ref} changed:',
    clauseBefore: 'Before:',
    clauseAfter: 'After:',
    clausesAdded: 'Clauses added: {refs}',
    clausesRemoved: 'Clauses removed: {refs}',
    nothingElse: 'No finding or clause changes.',
    update: 'Move to the new version',
    keep: 'Keep the old version',
    updated: 'Moved to {to}; the state before is kept in the revision history.',
    kept: 'Still checked under {from}; a later version will be offered again.',
    missingTitle: 'The policy pack of this application is not here',
    missing:
      'This application uses policy pack {pack}, and this version is not on this computer (never imported, or its copy is gone). Checks and printing cannot use it; import that version again in the policy library.',
    missingNewer:
      'You can also move to version {to}, which is here (the state before is kept in the history).',
    useHere: 'Use {to}',
    unreadable:
      'This application uses policy pack {pack}. That version is stored here but can no longer be read: {problems}. Checks and printing cannot use it; import a corrected copy of the same version in the policy library, or update GrantDesk.',
  },
};
