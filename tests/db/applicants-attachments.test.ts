import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createApplicant,
  deleteApplicant,
  getApplicant,
  listApplicants,
  updateApplicant,
} from '../../renderer/db/applicants';
import {
  addAttachment,
  getAttachment,
  listAttachments,
  removeAttachment,
} from '../../renderer/db/attachments';
import { createDraft, getDraft } from '../../renderer/db/drafts';
import { listExports, recordExport } from '../../renderer/db/exports';
import { sha256Hex } from '../../renderer/db/hash';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, START, type TestClock } from './helpers/test-db';

let db: GrantDeskDb;
let clock: TestClock;
beforeEach(() => ({ db, clock } = createTestDb()));

describe('applicants', () => {
  it('creates, lists by kind and name, updates, and refuses deleting one in use', async () => {
    const a = await createApplicant(db, {
      kind: 'enterprise',
      name: ' 乙公司 ',
      code: '91320000X',
      profile: { size: 50 },
    });
    await createApplicant(db, { kind: 'enterprise', name: '甲公司' });
    await createApplicant(db, { kind: 'school', name: '丙学院' });
    expect(a).toEqual({
      id: a.id,
      kind: 'enterprise',
      name: '乙公司',
      code: '91320000X',
      profile: { size: 50 },
      updatedAt: START,
    });
    expect((await listApplicants(db, 'enterprise')).map((x) => x.name)).toEqual(['甲公司', '乙公司']);
    clock.advance(10);
    const updated = await updateApplicant(db, a.id, { name: '乙有限公司' });
    expect(updated).toMatchObject({ name: '乙有限公司', code: '91320000X', updatedAt: START + 10 });
    await createDraft(db, { policy: 'p', program: 'q', applicantId: a.id });
    await expect(deleteApplicant(db, a.id)).rejects.toThrow(
      '仍有 1 份申报使用此单位（含已删除的），不能删除。',
    );
    await expect(createApplicant(db, { kind: 'school', name: '  ' })).rejects.toThrow(
      '申报单位的字段 name 无效：名称不能为空',
    );
    expect(await getApplicant(db, a.id)).toEqual(updated);
  });
});

describe('attachments and print records', () => {
  it('stores bytes with size and SHA-256, lists metadata only, removes', async () => {
    const draft = await createDraft(db, { policy: 'p', program: 'q' });
    const bytes = new Uint8Array(256).map((_, i) => i);
    const meta = await addAttachment(db, draft.id, { name: '营业执照.png', mime: 'image/png', bytes });
    expect(meta).toEqual({
      id: meta.id,
      draftId: draft.id,
      name: '营业执照.png',
      mime: 'image/png',
      size: 256,
      sha256: await sha256Hex(bytes),
    });
    expect(await listAttachments(db, draft.id)).toEqual([meta]);
    const stored = await getAttachment(db, meta.id);
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
    await removeAttachment(db, meta.id);
    expect(await listAttachments(db, draft.id)).toEqual([]);
    await expect(addAttachment(db, 'nope', { name: 'x', bytes })).rejects.toThrow('找不到申报（nope）');
  });

  it('records a print and keeps its hash on the draft', async () => {
    const draft = await createDraft(db, { policy: 'p', program: 'q' });
    const pdfSha256 = 'e'.repeat(64);
    const row = await recordExport(db, draft.id, { policyPackVersion: '2025.2', pdfSha256 });
    expect(row).toEqual({ id: row.id, draftId: draft.id, at: START, policyPackVersion: '2025.2', pdfSha256 });
    expect((await getDraft(db, draft.id))?.printedHash).toBe(pdfSha256);
    expect(await listExports(db, draft.id)).toEqual([row]);
    await expect(recordExport(db, draft.id, { policyPackVersion: '1', pdfSha256: 'xyz' })).rejects.toThrow(
      '打印记录无效',
    );
  });
});
