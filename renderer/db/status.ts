// The life of an application, as a pure state machine; the repository in draft-status.ts applies it.

export const DRAFT_STATUSES = ['draft', 'ready', 'printed', 'submitted', 'approved', 'rejected'] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<DraftStatus, string>> = {
  draft: '草稿',
  ready: '待打印',
  printed: '已打印',
  submitted: '已提交',
  approved: '已批准',
  rejected: '未通过',
};

export const STATUS_LABELS_EN: Readonly<Record<DraftStatus, string>> = {
  draft: 'Draft',
  ready: 'Ready to print',
  printed: 'Printed',
  submitted: 'Submitted',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** Why a status change is refused, in Chinese and in English. */
export interface TransitionRefusal {
  message: string;
  messageEn: string;
}

const ALLOWED: Readonly<Record<DraftStatus, readonly DraftStatus[]>> = {
  draft: ['ready'],
  ready: ['printed', 'draft'],
  printed: ['submitted', 'draft'],
  submitted: ['approved', 'rejected'],
  approved: [],
  rejected: [],
};

export const EDIT_AFTER_PRINT_WARNING = '此申报已打印（或已提交），修改后与打印件不一致';

/** What the caller knows about the draft when asking for a change (needed for 待打印). */
export interface TransitionChecks {
  /** True when the policy checks found errors; 待打印 is refused unless this is explicitly false. */
  hasErrors?: boolean;
}

/** The statuses reachable from `from` in one step. */
export function nextStatuses(from: DraftStatus): readonly DraftStatus[] {
  return ALLOWED[from];
}

/** Null when the change is allowed, otherwise the reason it is refused. */
export function transitionError(
  from: DraftStatus,
  to: DraftStatus,
  checks: TransitionChecks = {},
): TransitionRefusal | null {
  if (from === to) {
    return {
      message: `申报已经是「${STATUS_LABELS[to]}」状态。`,
      messageEn: `The application is already “${STATUS_LABELS_EN[to]}”.`,
    };
  }
  if (!ALLOWED[from].includes(to)) {
    return {
      message: `不能把申报从「${STATUS_LABELS[from]}」改为「${STATUS_LABELS[to]}」。`,
      messageEn: `An application cannot go from “${STATUS_LABELS_EN[from]}” to “${STATUS_LABELS_EN[to]}”.`,
    };
  }
  if (to === 'ready' && checks.hasErrors !== false) {
    return {
      message: '申报还有未解决的错误（或尚未检查），不能标记为「待打印」。',
      messageEn: `The application still has errors (or has not been checked): it cannot be marked “${STATUS_LABELS_EN.ready}”.`,
    };
  }
  return null;
}

/** The warning to show while editing a draft whose printed copy exists; null when there is none. */
export function editWarning(draft: { status: DraftStatus }): string | null {
  return draft.status === 'draft' || draft.status === 'ready' ? null : EDIT_AFTER_PRINT_WARNING;
}
