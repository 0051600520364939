// evidenceForFile: the one tagging rule for files chosen one at a time or many at once.
import { describe, expect, test } from 'vitest';
import { evidenceForFile } from '../../../../shared/policy/evidence-kind';
import { getProgram } from '../../../../shared/policy/registry';

const trainingBase = getProgram('quzhou-2025', 'training-base')!.evidence;
const internship = getProgram('quzhou-2025', 'internship')!.evidence;

describe('evidenceForFile', () => {
  test.each([
    ['营业执照（副本）.pdf', 'business-license'],
    ['投资发票-01.pdf', 'invoices'],
    ['增值税专用发票 No.3301.PDF', 'invoices'],
    ['ＩＮＶＯＩＣＥ 2.pdf', 'invoices'],
    ['校企合作合同.pdf', 'cooperation-agreement'],
    ['实训基地照片 东侧.png', 'site-photos'],
    ['验收报告.pdf', 'acceptance'],
    ['建设完成（验收）证明.pdf', 'acceptance'],
  ])('%s is %s in 实训基地', (name, id) => {
    expect(evidenceForFile(name, trainingBase)).toBe(id);
  });

  test.each(['IMG_2031.png', '扫描件.pdf', '设备采购合同.pdf', '证明.pdf'])(
    '%s names no kind: the user is asked (null)',
    (name) => {
      expect(evidenceForFile(name, trainingBase)).toBeNull();
    },
  );

  test('the longest word wins: 三方实习协议 is the internship agreement, not the cooperation one', () => {
    expect(evidenceForFile('三方实习协议-张三.pdf', internship)).toBe('internship-agreements');
    expect(evidenceForFile('校企合作协议.pdf', internship)).toBe('cooperation-agreement');
  });

  test('a word of an item the program does not list does not count', () => {
    expect(evidenceForFile('投资发票.pdf', internship)).toBeNull();
  });

  test('two kinds named equally strongly are asked about, not guessed', () => {
    expect(evidenceForFile('发票 照片.png', trainingBase)).toBeNull();
  });
});
