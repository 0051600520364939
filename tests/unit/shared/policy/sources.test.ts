// The packs quote their sources verbatim, and the sources are the unchanged public documents.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PACKS, POLICY_SOURCE_FILES } from '../../../../shared/policy';

const SOURCES = join(process.cwd(), 'shared/policy/sources');

// SHA-256 of the files as published in ../shared/policy-sources; they must stay byte-identical.
const SHA256: Record<string, string> = {
  '000_dd645150033164ac.txt': '6445900046e8f7776e865576b11ce5c471064a4b914eea47c3f89d9ae7a9c5da',
  '001_4e5abfeb663b5354.txt': '43c2a95fc6885bb8e9afc54c03c09a5ee5e9ea616488a3ff6b04e0a636e539fd',
  '002_c73f843f9da30652.txt': 'ffe884cd173c1eddc7f07e73c16f2ba59017608861dc272c29e98aa776272837',
  '003_1b64afbcb61d7c38.txt': 'fcee783f411f227f1916908ff35c68e658c639f6762a859cced7dc97bebd9caf',
  '004_39088d01e31d5aa1.txt': '733cdf70f2489b059265aaa2766aeb7e3d68b24cbe86f917855821f3a06a163b',
};

/** File 001 carries pinyin after characters, e.g. 現(xiàn); quotes are matched with them removed. */
function withoutPinyin(text: string): string {
  return text.replace(/\((?:[a-z]|[\u00C0-\u024F])+\)/g, '');
}

function source(file: string): string {
  const text = readFileSync(join(SOURCES, file), 'utf8');
  return file.startsWith('001_') ? withoutPinyin(text) : text;
}

describe('policy sources', () => {
  test('the five source files are present and unchanged', () => {
    expect(readdirSync(SOURCES).sort()).toEqual(Object.keys(SHA256).sort());
    for (const [file, sha] of Object.entries(SHA256)) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(SOURCES, file)))
          .digest('hex'),
        file,
      ).toBe(sha);
    }
  });

  test('each pack names its own source file', () => {
    expect(new Set(Object.values(POLICY_SOURCE_FILES)).size).toBe(5);
    for (const pack of PACKS) expect(SHA256[pack.sourceFile], pack.id).toBeDefined();
  });

  test('pinyin removal keeps Chinese parentheses and removes only annotations', () => {
    expect(withoutPinyin('您現(xiàn)在 縣(市、區(qū)) (含技工學校)')).toBe('您現在 縣(市、區) (含技工學校)');
  });

  const clauses = PACKS.flatMap((pack) => pack.clauses.map((clause) => ({ pack, clause })));
  test.each(clauses.map(({ pack, clause }) => [pack.id, clause.ref, pack.sourceFile, clause.text] as const))(
    '%s %s is quoted verbatim from %s',
    (_id, _ref, file, text) => {
      expect(text.length).toBeGreaterThan(5);
      expect(source(file).includes(text)).toBe(true);
    },
  );

  test('a mis-quoted clause would be caught', () => {
    expect(source('000_dd645150033164ac.txt').includes('按企业实际投资额的30%且最高不超过50万元')).toBe(
      false,
    );
  });

  test('clause refs are unique within a pack and every offering cites clauses the pack quotes', () => {
    for (const pack of PACKS) {
      const refs = pack.clauses.map((c) => c.ref);
      expect(new Set(refs).size, pack.id).toBe(refs.length);
      for (const offering of Object.values(pack.programs)) {
        for (const ref of offering.clauses) expect(refs, `${pack.id} ${ref}`).toContain(ref);
      }
      expect(refs).toContain(pack.periodClauses.start);
      if (pack.periodClauses.end) expect(refs).toContain(pack.periodClauses.end);
    }
  });

  test('the quoted numbers behind each formula are in the quotes', () => {
    const text = (id: string, ref: string) =>
      PACKS.find((p) => p.id === id)?.clauses.find((c) => c.ref === ref)?.text;
    expect(text('quzhou-2025', '二(六)19')).toContain('实际投资额的25%且最高不超过50万元');
    expect(text('quzhou-2025', '二(六)19')).toContain('每人每月不低于200元');
    expect(text('quzhou-2025', '二(四)13')).toContain('每生每年按照2400元');
    expect(text('quzhou-2025', '二(五)17')).toContain('按30%比例');
    expect(text('yongzhou-2021', '三.13')).toContain('人才津貼5000元');
    expect(text('yongzhou-2021', '三.11')).toContain('50%以上');
    expect(text('yongzhou-2021', '三.12')).toContain('實踐半年以上');
    expect(text('wuzhou-2024', '(八)')).toContain('投资额的30%比例');
    expect(text('wuzhou-2024', '(十)')).toContain('职工总数2%');
    expect(text('wuzhou-2024', '(十四)')).toContain('不少于总课时的50%');
    expect(text('linping-2023', '二(三)')).toContain('比例达90%');
    expect(text('jining-2025', '二(五)')).toContain('至少一家深度合作企业');
  });
});
