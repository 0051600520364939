// Restoring drafts that still exist: keep both copies, or replace after keeping a revision.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../renderer/backup/export-backup';
import { restoreBackup } from '../../renderer/backup/restore-backup';
import { createDraft, loadDraft, saveDraft } from '../../renderer/db/drafts';
import { deleteDraft, purgeDeleted } from '../../renderer/db/draft-trash';
import { updateApplicant } from '../../renderer/db/applicants';
import { listAttachments } from '../../renderer/db/attachments';
import { getRevision, listRevisions } from '../../renderer/db/revisions';
import { restoreRevision } from '../../renderer/db/revision-restore';
import type { GrantDeskDb } from '../../renderer/db/grantdesk-db';
import { createTestDb, dumpDatabase, type TestClock } from './helpers/test-db';
import { seedBackupFixture } from './helpers/backup-fixture';

let db: GrantDeskDb;
let clock: TestClock;
let ids: string[];
let backup: Blob;

beforeEach(async () => {
  ({ db, clock } = createTestDb());
  ids = (await seedBackupFixture(db, clock)).draftIds;
  backup = (await exportBackup(db, { appVersion: '0.1.0', draftIds: [ids[0]!] })).blob;
  clock.advance(60_000);
});

describe('restore onto existing drafts', () => {
  it('keep-both adds a copy with new ids and "（恢复）", leaving the original alone', async () => {
    await saveDraft(db, ids[0]!, { title: '后来改的标题', rosters: { apprentices: [] } });
    const before = await dumpDatabase(db);
    const report = await restoreBackup(db, backup);
    expect(report.applicants).toEqual([expect.objectContaining({ name: '丙学院', outcome: 'unchanged' })]);
    const [restored] = report.drafts;
    expect(restored).toMatchObject({ sourceId: ids[0], title: '学徒制补贴（恢复）', outcome: 'kept-both' });
    expect(restored!.id).not.toBe(ids[0]);
    const after = await dumpDatabase(db);
    for (const table of Object.keys(before)) {
      expect(after[table]).toEqual(expect.arrayContaining(before[table]!));
    }
    const copy = await loadDraft(db, restored!.id);
    expect(copy?.rosterRows.map((r) => r.row.name)).toEqual(['甲', '乙']);
    expect(copy?.rosterRows.every((r) => r.draftId === restored!.id)).toBe(true);
    expect((await listAttachments(db, restored!.id)).map((a) => a.name)).toEqual(['合同.pdf', '空文件.txt']);
    expect((await loadDraft(db, ids[0]!))?.rosterRows).toEqual([]);
    // The copy's history works on the copy: going back restores the copy's rows, not the original's.
    const [newest] = await listRevisions(db, restored!.id);
    const revision = await getRevision(db, newest!.id);
    expect(revision?.snapshot.draft.id).toBe(restored!.id);
    await restoreRevision(db, restored!.id, newest!.id);
    expect((await loadDraft(db, ids[0]!))?.rosterRows).toEqual([]);
  });

  it('keep-both in the English interface marks the copy " (restored)"', async () => {
    const report = await restoreBackup(db, backup, { lang: 'en' });
    expect(report.drafts[0]).toMatchObject({
      sourceId: ids[0],
      title: '学徒制补贴 (restored)',
      outcome: 'kept-both',
    });
  });

  it('keep-both keeps a changed applicant as a second profile', async () => {
    const schoolId = (await loadDraft(db, ids[0]!))!.draft.applicantId!;
    await updateApplicant(db, schoolId, { name: '丙学院（改名）' });
    const report = await restoreBackup(db, backup);
    const [applicant] = report.applicants;
    expect(applicant).toMatchObject({ sourceId: schoolId, name: '丙学院', outcome: 'kept-both' });
    expect((await loadDraft(db, report.drafts[0]!.id))?.draft.applicantId).toBe(applicant!.id);
    expect((await db.applicants.get(schoolId))?.name).toBe('丙学院（改名）');
  });

  it('replace keeps the current state as a revision (restore), then writes the backup', async () => {
    await saveDraft(db, ids[0]!, {
      title: '后来改的标题',
      rosters: { apprentices: [{ row: { name: '新' } }] },
    });
    const revisionsBefore = await listRevisions(db, ids[0]!);
    const report = await restoreBackup(db, backup, { onConflict: 'replace' });
    expect(report.drafts).toEqual([
      { sourceId: ids[0], id: ids[0], title: '学徒制补贴', outcome: 'replaced' },
    ]);
    const now = await loadDraft(db, ids[0]!);
    expect(now?.draft.title).toBe('学徒制补贴');
    expect(now?.rosterRows.map((r) => r.row.name)).toEqual(['甲', '乙']);
    const revisions = await listRevisions(db, ids[0]!);
    expect(revisions).toHaveLength(revisionsBefore.length + 1);
    expect(revisions[0]).toMatchObject({ reason: 'restore', seq: revisions.length });
    const kept = await getRevision(db, revisions[0]!.id);
    expect(kept?.snapshot.draft.title).toBe('后来改的标题');
    expect(kept?.snapshot.rosterRows.map((r) => r.row.name)).toEqual(['新']);
    expect(revisions.map((r) => r.seq)).toEqual(revisions.map((_, i) => revisions.length - i));
  });

  it('replace names the fields in the kept revision with the draft’s own program labels', async () => {
    await saveDraft(db, ids[0]!, { rosters: { apprentices: [] } });
    const programs: string[] = [];
    await restoreBackup(db, backup, {
      onConflict: 'replace',
      labelsFor: (program) => {
        programs.push(program);
        return (path, lang) =>
          path === 'rosters.apprentices' ? (lang === 'en' ? 'Apprentices' : '学徒名单') : undefined;
      },
    });
    expect(programs).toEqual(['apprenticeship']);
    const [kept] = await listRevisions(db, ids[0]!);
    expect(kept?.summary).toContain('学徒名单 -2 行');
    expect(kept?.summaryEn).toContain('Apprentices -2 rows');
  });

  it('a purged draft comes back under its id, with new part ids where another draft uses them now', async () => {
    const original = await loadDraft(db, ids[0]!);
    const takenId = original!.rosterRows[0]!.id;
    await deleteDraft(db, ids[0]!);
    await purgeDeleted(db, Number.MAX_SAFE_INTEGER);
    const other = await createDraft(db, {
      policy: 'p',
      program: 'q',
      rosters: { interns: [{ id: takenId, row: { name: '别的申报' } }] },
    });
    expect((await loadDraft(db, other.id))?.rosterRows[0]?.id).toBe(takenId);
    const report = await restoreBackup(db, backup);
    expect(report.drafts).toEqual([{ sourceId: ids[0], id: ids[0], title: '学徒制补贴', outcome: 'added' }]);
    const back = await loadDraft(db, ids[0]!);
    expect(back?.rosterRows.map((r) => r.row.name)).toEqual(['甲', '乙']);
    expect(back?.rosterRows.some((r) => r.id === takenId)).toBe(false);
    expect((await loadDraft(db, other.id))?.rosterRows.map((r) => r.row.name)).toEqual(['别的申报']);
  });
});
