import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  title: '此申报已在另一个窗口中修改',
  theirChanges: '另一个窗口修改了：{fields}',
  myChanges: '本窗口尚未保存的修改：{fields}',
  nothing: '（无）',
  fieldValue: '{field}「{value}」',
  clashIntro: '以下项目两边都改了，请选择保留哪一边：',
  mine: '本窗口：{value}',
  theirs: '另一个窗口：{value}',
  empty: '（空）',
  rows: '{n} 行',
  keepHint:
    '「保留我的修改」会把本窗口改过的项目合并到另一个窗口保存的版本上，其余项目保留对方的修改；被覆盖的版本存入修改历史。',
  keepMine: '保留我的修改',
  loadTheirs: '载入对方的版本',
  status: '未保存：此申报已在另一个窗口中修改',
  fieldTitle: '标题',
  fieldAttachments: '附件',
};

export type ConflictText = typeof zh;

export const conflictMessages: FeatureMessages<ConflictText> = {
  zh,
  en: {
    title: 'This application was changed in another window',
    theirChanges: 'The other window changed: {fields}',
    myChanges: 'Not yet saved here: {fields}',
    nothing: '(nothing)',
    fieldValue: '{field} “{value}”',
    clashIntro: 'Both windows changed these; choose which to keep:',
    mine: 'This window: {value}',
    theirs: 'Other window: {value}',
    empty: '(empty)',
    rows: '{n} rows',
    keepHint:
      '“Keep my changes” lays the fields changed here over the version the other window saved and keeps its other changes; the version it replaces goes to the history.',
    keepMine: 'Keep my changes',
    loadTheirs: 'Load their version',
    status: 'Not saved: this application was changed in another window',
    fieldTitle: 'Title',
    fieldAttachments: 'Attachments',
  },
};
