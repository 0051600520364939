// A database with a bit of everything, and tools to take a backup zip apart and put it back together.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { createApplicant } from '../../../renderer/db/applicants';
import { addAttachment } from '../../../renderer/db/attachments';
import { createDraft, saveDraft } from '../../../renderer/db/drafts';
import { changeDraftStatus } from '../../../renderer/db/draft-status';
import { recordExport } from '../../../renderer/db/exports';
import { recordRevision, REVISION_IDLE_MS } from '../../../renderer/db/revisions';
import { sha256Hex } from '../../../renderer/db/hash';
import type { GrantDeskDb } from '../../../renderer/db/grantdesk-db';
import type { TestClock } from './test-db';

/** Bytes 0…255 repeated: every byte value, easy to find inside the zip (stored, not compressed). */
export const ATTACHMENT_BYTES = new Uint8Array(4096).map((_, i) => i % 256);

export async function seedBackupFixture(db: GrantDeskDb, clock: TestClock): Promise<{ draftIds: string[] }> {
  const school = await createApplicant(db, {
    kind: 'school',
    name: '丙学院',
    code: 'S1',
    profile: { city: '苏州' },
  });
  const firm = await createApplicant(db, { kind: 'enterprise', name: '丁公司', code: 'E1' });
  await createApplicant(db, { kind: 'enterprise', name: '无关单位' });
  const a = await createDraft(db, {
    policy: 'js-2025',
    program: 'apprenticeship',
    title: '学徒制补贴',
    applicantId: school.id,
    deadline: '2025-06-30',
    data: { unit: { name: '丙学院' }, amounts: [100, 200] },
    rosters: { apprentices: [{ row: { name: '甲', age: 19 } }, { row: { name: '乙', age: 20 } }] },
  });
  await addAttachment(db, a.id, { name: '合同.pdf', mime: 'application/pdf', bytes: ATTACHMENT_BYTES });
  await addAttachment(db, a.id, { name: '空文件.txt', mime: 'text/plain', bytes: new Uint8Array(0) });
  clock.advance(REVISION_IDLE_MS);
  await saveDraft(db, a.id, { data: { unit: { name: '丙学院（新校区）' }, amounts: [100, 200] } });
  await changeDraftStatus(db, a.id, 'ready', { hasErrors: false });
  await recordExport(db, a.id, { policyPackVersion: '2025.1', pdfSha256: 'f'.repeat(64) });
  const b = await createDraft(db, {
    policy: 'js-2025',
    program: 'internship',
    title: '实习补贴',
    applicantId: firm.id,
    rosters: { interns: [{ row: { name: '丙' } }] },
  });
  await recordRevision(db, b.id, 'import');
  const c = await createDraft(db, { policy: 'zj-2025', program: 'teachers', title: '无单位的申报' });
  return { draftIds: [a.id, b.id, c.id] };
}

export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** The entries of a zip, JSON ones parsed. */
export function unpack(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function readJson(files: Record<string, Uint8Array>, path: string): Record<string, unknown> {
  return JSON.parse(strFromU8(files[path]!)) as Record<string, unknown>;
}

/** Zips the entries again; with `fixManifest`, manifest sizes and hashes are recomputed for them. */
export async function repack(files: Record<string, Uint8Array>, fixManifest = false): Promise<Uint8Array> {
  const out: Zippable = { ...files };
  if (fixManifest) {
    const manifest = readJson(files, 'manifest.json') as {
      entries: { path: string; sha256: string; size: number }[];
    };
    for (const entry of manifest.entries) {
      const bytes = files[entry.path];
      if (!bytes) continue;
      entry.sha256 = await sha256Hex(bytes);
      entry.size = bytes.length;
    }
    out['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(out);
}

function localHeader(zip: Uint8Array, path: string): number {
  const name = strToU8(path);
  for (let i = 30; i < zip.length - name.length; i++) {
    const isHeader = zip[i - 30] === 0x50 && zip[i - 29] === 0x4b && zip[i - 28] === 3 && zip[i - 27] === 4;
    if (isHeader && name.every((b, j) => zip[i + j] === b)) return i - 30;
  }
  throw new Error(`no local header for ${path}`);
}

/** Offset of the first data byte of an entry, from its local file header. */
export function entryDataOffset(zip: Uint8Array, path: string): number {
  const at = localHeader(zip, path);
  const nameLength = zip[at + 26]! | (zip[at + 27]! << 8);
  const extraLength = zip[at + 28]! | (zip[at + 29]! << 8);
  return at + 30 + nameLength + extraLength;
}

/** Compression method of an entry: 0 stored, 8 deflated. */
export function entryCompression(zip: Uint8Array, path: string): number {
  const at = localHeader(zip, path);
  return zip[at + 8]! | (zip[at + 9]! << 8);
}
