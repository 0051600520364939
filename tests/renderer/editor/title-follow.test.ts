import { describe, expect, test } from 'vitest';
import { followedTitle } from '../../../renderer/features/editor/title-follow';

const facts = (name: string, applicationDate = '2025-06-30') => ({
  policy: 'quzhou-2025',
  program: 'training-base',
  applicant: { name },
  applicationDate,
});

describe('a generated draft title follows the applicant', () => {
  test('the generated title takes the name typed after creation', () => {
    expect(followedTitle('2025年 产教融合实训基地建设补助', facts(''), facts('衢州'))).toBe(
      '衢州 2025年 产教融合实训基地建设补助',
    );
  });

  test('it keeps following while the name is typed, and takes the new year', () => {
    const title = '衢州 2025年 产教融合实训基地建设补助';
    expect(followedTitle(title, facts('衢州'), facts('衢州智造'))).toBe(
      '衢州智造 2025年 产教融合实训基地建设补助',
    );
    expect(followedTitle(title, facts('衢州'), facts('衢州', '2026-01-05'))).toBe(
      '衢州 2026年 产教融合实训基地建设补助',
    );
  });

  test('a title the user wrote is never touched', () => {
    expect(followedTitle('二〇二五年实训基地申报（终稿）', facts('衢州'), facts('衢州智造'))).toBeNull();
  });

  test('nothing to change when the title is already right', () => {
    expect(followedTitle('衢州 2025年 产教融合实训基地建设补助', facts('衢州'), facts('衢州'))).toBeNull();
  });
});

describe('a title generated in English', () => {
  test('follows the name in English', () => {
    expect(
      followedTitle('2025 Industry-education training base subsidy', facts(''), facts('Quzhou Smart')),
    ).toBe('Quzhou Smart 2025 Industry-education training base subsidy');
  });
});
