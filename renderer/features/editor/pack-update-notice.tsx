import { Alert, Button, Space, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { diffPackVersions, type PackDiff } from '../../../shared/policy/pack-diff';
import type { Pack } from '../../../shared/policy/types';
import { formatYuan } from '../../../shared/money';
import { useServices } from '../../app/services';
import { saveDraft } from '../../db';
import { errorText } from '../../i18n/error-text';
import { fill, joinList, useFeatureText, type Lang } from '../../i18n/feature-text';
import { packLabel, type PinnedPack } from '../policies/pack-pins';
import { toEnvelope } from './draft-mapping';
import { packUpdateMessages, type PackUpdateText } from './pack-update-messages';
import type { DraftEditor } from './use-draft-editor';

function yuan(fen: number | undefined, text: PackUpdateText): string {
  return fen === undefined ? text.noAmount : `¥${formatYuan(fen)}`;
}

/** Moves the draft to `to`: a revision of the state before is kept, then the pin moves. */
async function moveTo(
  editor: DraftEditor,
  save: typeof saveDraft,
  db: Parameters<typeof saveDraft>[0],
  to: Pack,
) {
  await editor.keepRevision('edit');
  await save(db, editor.row.id, { policyVersion: to.version });
  await editor.reload();
}

function DiffList(props: { diff: PackDiff; text: PackUpdateText; lang: Lang }) {
  const { diff, text, lang } = props;
  const says = (f: PackDiff['findingsAdded'][number]) => (lang === 'en' ? f.messageEn : f.message);
  const refs = (list: readonly { ref: string }[]) =>
    joinList(
      list.map((c) => c.ref),
      lang,
    );
  const quiet =
    diff.findingsAdded.length + diff.findingsRemoved.length + diff.clausesChanged.length === 0 &&
    diff.clausesAdded.length + diff.clausesRemoved.length === 0;
  return (
    <Space orientation="vertical" size={4} data-testid="pack-update-diff">
      <Typography.Text strong data-testid="pack-update-amount">
        {fill(text.amount, {
          before: yuan(diff.amountBefore.amountFen, text),
          after: yuan(diff.amountAfter.amountFen, text),
        })}
      </Typography.Text>
      {diff.findingsAdded.length > 0 && (
        <span>
          {text.findingsAdded}
          <ul>
            {diff.findingsAdded.map((f, i) => (
              <li key={i}>{says(f)}</li>
            ))}
          </ul>
        </span>
      )}
      {diff.findingsRemoved.length > 0 && (
        <span>
          {text.findingsRemoved}
          <ul>
            {diff.findingsRemoved.map((f, i) => (
              <li key={i}>{says(f)}</li>
            ))}
          </ul>
        </span>
      )}
      {diff.clausesChanged.map((c) => (
        <div key={c.ref} className="pack-update-clause">
          <div>{fill(text.clausesChanged, { ref: c.ref })}</div>
          <div>
            {text.clauseBefore}
            <del>{c.before}</del>
          </div>
          <div>
            {text.clauseAfter}
            <ins>{c.after}</ins>
          </div>
        </div>
      ))}
      {diff.clausesAdded.length > 0 && (
        <span>{fill(text.clausesAdded, { refs: refs(diff.clausesAdded) })}</span>
      )}
      {diff.clausesRemoved.length > 0 && (
        <span>{fill(text.clausesRemoved, { refs: refs(diff.clausesRemoved) })}</span>
      )}
      {quiet && <span>{text.nothingElse}</span>}
    </Space>
  );
}

/**
 * 「政策包已更新」: the draft is pinned to an older version of its pack than the newest here. Shows what
 * moving changes (amount, findings, clauses) and lets the user move (a revision is kept) or keep the old.
 * When the pinned version is not here at all, says so, and offers the newest one.
 */
export function PackUpdateNotice(props: { editor: DraftEditor; pin: PinnedPack }) {
  const { editor, pin } = props;
  const { db } = useServices();
  const { text, lang } = useFeatureText(packUpdateMessages);
  const [busy, setBusy] = useState(false);
  const { pack, newer } = pin;
  const declined = newer !== undefined && editor.row.declinedPolicyVersion === newer.version;
  const envelope = useMemo(() => toEnvelope(editor.draft), [editor.draft]);
  const diff = useMemo(
    () => (pack && newer && !declined ? diffPackVersions(envelope, pack, newer) : null),
    [envelope, pack, newer, declined],
  );
  const act = async (fn: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await fn();
      void message.success(done);
    } catch (e) {
      void message.error(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };
  const update = (to: Pack) =>
    void act(
      () => moveTo(editor, saveDraft, db, to),
      fill(text.updated, { to: packLabel(to.id, to.version) }),
    );

  if (!pack) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        data-testid="pack-missing-notice"
        className="editor-warning"
        title={text.missingTitle}
        description={
          <Space orientation="vertical" size={4}>
            <span>
              {fill(pin.unreadable ? text.unreadable : text.missing, {
                pack: packLabel(pin.policy, pin.version),
                problems:
                  (lang === 'en' ? pin.unreadable?.problemsEn : pin.unreadable?.problems)?.join('；') ?? '',
              })}
            </span>
            {newer && (
              <>
                <span>{fill(text.missingNewer, { to: packLabel(newer.id, newer.version) })}</span>
                <Button disabled={busy} onClick={() => update(newer)}>
                  {/* The version here may be older than the missing one: not 「更新」. */}
                  {fill(text.useHere, { to: packLabel(newer.id, newer.version) })}
                </Button>
              </>
            )}
          </Space>
        }
      />
    );
  }
  if (!newer || !diff) return null;
  const from = packLabel(pack.id, pack.version);
  return (
    <Alert
      type="info"
      showIcon
      role="alert"
      data-testid="pack-update-notice"
      className="editor-warning"
      title={text.title}
      description={
        <Space orientation="vertical" size={4}>
          <span>
            {fill(text.intro, { doc: pack.docNumber, from, to: packLabel(newer.id, newer.version) })}
          </span>
          <DiffList diff={diff} text={text} lang={lang} />
          <Space>
            <Button type="primary" loading={busy} onClick={() => update(newer)}>
              {text.update}
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                void act(
                  async () => {
                    await saveDraft(db, editor.row.id, { declinedPolicyVersion: newer.version });
                    await editor.reload();
                  },
                  fill(text.kept, { from }),
                )
              }
            >
              {text.keep}
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
