import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  open: '导入政策包',
  title: '导入政策包',
  intro:
    '选择政策包文件夹压缩成的 zip，或同时选择 pack.yaml、source.txt（和 tests.yaml）。导入只读取数据，不运行任何程序。',
  choose: '选择文件…',
  reading: '正在读取和检查…',
  packLine: '{doc}　{pack}',
  problems: '发现 {n} 个问题：',
  noProblems: '检查通过，没有发现问题。',
  testsLine: '政策包自带测试：{passed} 通过，{failed} 未通过',
  noTests: '政策包没有 tests.yaml，未能自测。',
  testsNotRun: '政策包未能载入，tests.yaml 中的用例未运行。',
  clauses: '条款（{n}）',
  ignored: '已忽略与政策包无关的文件：{files}',
  importIt: '导入',
  cancel: '取消',
  cannot: '有错误或测试未通过，不能导入；请修改后重新选择。',
  imported: '已导入 {pack}',
  importedAgain: '{pack} 已在本机，内容相同，未重复导入',
  restored: '已恢复之前删除的 {pack}',
  remove: '删除此政策包',
  removeTitle: '删除政策包 {pack}？',
  removeBody: '删除后它不再出现在新建申报和政策匹配中。使用它的 {n} 份申报仍按本机保存的副本核对和打印。',
  removed: '已删除 {pack}',
  importedTag: '已导入',
  unreadable: '本机保存的政策包 {pack} 无法读取：{problems}',
  unreadableTitle: '无法读取的政策包（{n}）',
  unreadableKept:
    '这些版本仍保存在本机，没有删除；使用它们的申报会说明原因。可导入修正后的同一版本，或升级 GrantDesk。',
};

export type ImportText = typeof zh;

export const importMessages: FeatureMessages<ImportText> = {
  zh,
  en: {
    open: 'Import policy pack',
    title: 'Import a policy pack',
    intro:
      'Choose a zip of a pack folder, or choose pack.yaml and source.txt (and tests.yaml) together. Importing reads data only; nothing is run.',
    choose: 'Choose files…',
    reading: 'Reading and checking…',
    packLine: '{doc}  {pack}',
    problems: '{n} problems found:',
    noProblems: 'Checked: no problems found.',
    testsLine: 'The pack’s own tests: {passed} passed, {failed} failed',
    noTests: 'The pack has no tests.yaml; it could not test itself.',
    testsNotRun: 'The pack did not load, so the cases in tests.yaml were not run.',
    clauses: 'Clauses ({n})',
    ignored: 'Ignored files that are not part of a pack: {files}',
    importIt: 'Import',
    cancel: 'Cancel',
    cannot: 'There are errors or failed tests, so it cannot be imported; fix them and choose again.',
    imported: 'Imported {pack}',
    importedAgain: '{pack} is already here with the same content; nothing imported',
    restored: 'Brought back {pack}, removed before',
    remove: 'Remove this pack',
    removeTitle: 'Remove policy pack {pack}?',
    removeBody:
      'It will no longer be offered for new applications or in the finder. The {n} applications using it keep checking and printing under the copy kept here.',
    removed: 'Removed {pack}',
    importedTag: 'Imported',
    unreadable: 'The stored policy pack {pack} cannot be read: {problems}',
    unreadableTitle: 'Policy packs that cannot be read ({n})',
    unreadableKept:
      'These versions are still stored here, not deleted; applications using them say why. Import a corrected copy of the same version, or update GrantDesk.',
  },
};
