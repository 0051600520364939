import type { FeatureMessages } from '../../i18n/feature-text';

/** The editor page's own text (its panels keep theirs in messages.ts). */
export const pageMessages = {
  zh: {
    cannotOpen: '无法打开这份申报',
    missing: '找不到这份申报（可能已被删除）',
    deleted: '这份申报已被删除，可在草稿列表的回收站中恢复',
    backToList: '返回草稿列表',
    opening: '正在打开…',
    titleLabel: '申报标题',
    sectionsNav: '申报内容',
    editAfterPrint: '此申报已打印（或已提交），修改后与打印件不一致',
    yes: '是',
    no: '否',
    wideOn: '全宽显示名单（隐藏右侧核对栏）',
    wideOff: '退出全宽',
    wideSummary: '全宽显示名单：可申报金额 {amount}，错误 {errors} 处，提醒 {warnings} 处',
  },
  en: {
    cannotOpen: 'This application cannot be opened',
    missing: 'This application was not found (it may have been deleted)',
    deleted: 'This application was deleted; it can be restored from the bin in the drafts list',
    backToList: 'Back to drafts',
    opening: 'Opening…',
    titleLabel: 'Application title',
    sectionsNav: 'Sections',
    editAfterPrint:
      'This application was printed (or submitted): changes now will differ from the printed copy',
    yes: 'Yes',
    no: 'No',
    wideOn: 'Show rosters full width (hides the checks column)',
    wideOff: 'Leave full width',
    wideSummary: 'Rosters full width: claimable {amount}, {errors} errors, {warnings} warnings',
  },
} satisfies FeatureMessages<Record<string, string>>;
