// A removed attachment keeps its bytes while the draft, a revision or the bin names it; restoring a
// revision that lists it brings the file back; evidence counts only files whose bytes are stored.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  purgeUnnamedAttachments,
  removeAttachment,
} from '../../renderer/db/attachments';
import { createDraft, saveDraft } from '../../renderer/db/drafts';
import { purgeDeleted, deleteDraft } from '../../renderer/db/draft-trash';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { recordRevision, listRevisions } from '../../renderer/db/revisions';
import { restoreRevision } from '../../renderer/db/revision-restore';
import { storedListing, withStoredAttachments } from '../../renderer/db/stored-evidence';
import type { AttachmentMeta } from '../../renderer/db/row-schemas';
import { createTestDb, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

const bytes = (n: number) => new Uint8Array(64).fill(n);
const entry = (m: AttachmentMeta, evidence: string) => ({
  name: m.name,
  mime: m.mime,
  size: m.size,
  sha256: m.sha256,
  evidence,
});

async function draftWithTwoFiles() {
  const draft = await createDraft(db, { policy: 'quzhou-2025', program: 'training-base' });
  const invoice = await addAttachment(db, draft.id, {
    name: '发票.pdf',
    mime: 'application/pdf',
    bytes: bytes(1),
  });
  const licence = await addAttachment(db, draft.id, {
    name: '执照.pdf',
    mime: 'application/pdf',
    bytes: bytes(2),
  });
  const listing = [entry(invoice, 'invoices'), entry(licence, 'business-license')];
  await saveDraft(db, draft.id, { data: { applicant: {}, data: {}, attachments: listing } });
  return { draft, invoice, licence, listing };
}

describe('attachments kept for revisions', () => {
  it('restoring a revision that lists a removed file brings its bytes back, and the removal is undone', async () => {
    const { draft, invoice, licence, listing } = await draftWithTwoFiles();
    const before = await recordRevision(db, draft.id, 'edit');
    await removeAttachment(db, invoice.id);
    clock.advance(1000);
    await saveDraft(db, draft.id, { data: { applicant: {}, data: {}, attachments: [listing[1]] } });
    expect((await listAttachments(db, draft.id)).map((a) => a.name)).toEqual(['执照.pdf']);
    // Named by the revision: the bytes survive a purge.
    expect(await purgeUnnamedAttachments(db)).toBe(0);

    await restoreRevision(db, draft.id, before.id);
    expect((await listAttachments(db, draft.id)).map((a) => a.name)).toEqual(['发票.pdf', '执照.pdf']);
    const back = await getAttachment(db, invoice.id);
    expect(back?.removedAt).toBeUndefined();
    expect(new Uint8Array(await back!.blob.arrayBuffer())).toEqual(bytes(1));

    // Going back to the state without the invoice removes it again (kept, since the revision names it).
    const [revert] = await listRevisions(db, draft.id);
    expect(revert?.reason).toBe('revert');
    const withoutInvoice = (await listRevisions(db, draft.id)).find((r) => r.reason === 'revert')!;
    await restoreRevision(db, draft.id, withoutInvoice.id);
    expect((await listAttachments(db, draft.id)).map((a) => a.id)).toEqual([licence.id]);
    expect((await getAttachment(db, invoice.id))?.removedAt).toBeTypeOf('number');
  });

  it('purges a removed file only once neither the draft nor any revision names it', async () => {
    const { draft, invoice, listing } = await draftWithTwoFiles();
    await removeAttachment(db, invoice.id);
    // The stored draft still lists it (the save of the list has not happened): kept.
    expect(await purgeUnnamedAttachments(db)).toBe(0);
    await saveDraft(db, draft.id, { data: { applicant: {}, data: {}, attachments: [listing[1]] } });
    expect(await purgeUnnamedAttachments(db)).toBe(1);
    expect(await getAttachment(db, invoice.id)).toBeUndefined();
  });

  it('keeps the files of a draft in the bin, and purges them with it', async () => {
    const { draft, invoice } = await draftWithTwoFiles();
    await deleteDraft(db, draft.id);
    expect(await purgeUnnamedAttachments(db)).toBe(0);
    expect(await getAttachment(db, invoice.id)).toBeDefined();
    clock.advance(10);
    expect(await purgeDeleted(db, clock.now())).toEqual([draft.id]);
    expect(await getAttachment(db, invoice.id)).toBeUndefined();
  });

  it('a file removed and chosen again is the same stored file, not a second copy', async () => {
    const { draft, invoice } = await draftWithTwoFiles();
    await removeAttachment(db, invoice.id);
    const again = await addAttachment(db, draft.id, { name: '发票（重选）.pdf', bytes: bytes(1) });
    expect(again.id).toBe(invoice.id);
    expect(again.name).toBe('发票（重选）.pdf');
    expect(await db.attachments.count()).toBe(2);
  });

  it('once the revisions that named a removed file are gone, the purge takes it', async () => {
    const { draft, invoice, listing } = await draftWithTwoFiles();
    await recordRevision(db, draft.id, 'edit');
    await removeAttachment(db, invoice.id);
    await saveDraft(db, draft.id, { data: { applicant: {}, data: {}, attachments: [listing[1]] } });
    expect(await purgeUnnamedAttachments(db)).toBe(0);
    // As when the revision is pruned past the cap of 50.
    await db.transaction('rw', db.revisions, () => db.revisions.where('draftId').equals(draft.id).delete());
    expect(await purgeUnnamedAttachments(db)).toBe(1);
  });
});

describe('evidence only from stored files', () => {
  it('drops list entries whose bytes are not stored', async () => {
    const { draft, invoice, listing } = await draftWithTwoFiles();
    await removeAttachment(db, invoice.id);
    const files = await listAttachments(db, draft.id);
    expect(storedListing(listing, files).map((a) => a.evidence)).toEqual(['business-license']);
    const envelope = { program: 'training-base', attachments: listing };
    expect(await withStoredAttachments(db, draft.id, envelope)).toEqual({
      program: 'training-base',
      attachments: [listing[1]],
    });
  });
});
