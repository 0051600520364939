import { describe, expect, test } from 'vitest';
import { revisionLabels } from '../../../renderer/features/editor/revision-labels';

describe('revisionLabels: stored paths named as the editor names them, in each language', () => {
  const labels = revisionLabels('internship');

  test('a roster by its table’s label, not its key', () => {
    expect(labels('rosters.interns', 'zh')).toBe('实习学生名单');
    expect(labels('rosters.interns', 'en')).toBe('Interns');
  });

  test('an applicant field and a roster cell', () => {
    expect(labels('data.applicant.address', 'zh')).toBe('地址');
    expect(labels('data.applicant.address', 'en')).toBe('Address');
    expect(labels('data.data.interns.3.name', 'zh')).toBe('姓名');
  });

  test('an unknown path has no label (the summary falls back to the path)', () => {
    expect(labels('data.data.nothing', 'en')).toBeUndefined();
  });
});
