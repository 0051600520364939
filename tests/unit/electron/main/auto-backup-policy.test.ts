import { describe, expect, test } from 'vitest';
import { autoBackupName, autoBackupTime, expiredBackups } from '../../../../electron/main/auto-backup-policy';

const at = (iso: string) => new Date(iso);
const name = (iso: string, reason: 'daily' | 'pre-update' = 'daily') => autoBackupName(at(iso), reason);

describe('automatic backup names', () => {
  test('name and time round-trip to the second', () => {
    expect(name('2026-11-23T08:05:09.123Z')).toBe('grantdesk-auto-2026-11-23T080509-daily.zip');
    expect(autoBackupTime('grantdesk-auto-2026-11-23T080509-pre-update.zip')).toEqual(
      at('2026-11-23T08:05:09Z'),
    );
  });
  test.each([
    'notes.txt',
    'grantdesk-auto-2026-11-23-daily.zip',
    'grantdesk-auto-2026-11-23T080509-daily.zip.part',
  ])('%s is not an automatic backup', (n) => expect(autoBackupTime(n)).toBeNull());
});

describe('expiredBackups keeps the last 7 days', () => {
  const now = at('2026-11-23T12:00:00Z');

  test('deletes those older than 7 days, keeps those inside, never touches other files', () => {
    const files = [
      name('2026-11-16T12:00:01Z'), // 6 days 23:59:59 ago: kept
      name('2026-11-16T11:59:59Z'), // 7 days and 1 second ago: expired
      name('2026-11-01T09:00:00Z', 'pre-update'),
      name('2026-11-23T11:00:00Z'),
      'my-own-backup.zip',
    ];
    expect(expiredBackups(files, now).sort()).toEqual(
      [name('2026-11-16T11:59:59Z'), name('2026-11-01T09:00:00Z', 'pre-update')].sort(),
    );
  });

  test('keeps the newest backup even when it is older than 7 days', () => {
    const files = [name('2026-10-01T00:00:00Z'), name('2026-09-01T00:00:00Z')];
    expect(expiredBackups(files, now)).toEqual([name('2026-09-01T00:00:00Z')]);
  });
});
