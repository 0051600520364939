// The roster fast path for ID numbers agrees with shared/ids on every input, valid or not.
import { describe, expect, test } from 'vitest';
import { checkResidentId } from '../../../../shared/ids';
import { makeResidentId } from '../../../../shared/policy/examples/identifiers';
import { isCanonicalResidentId, zResidentIdFast } from '../../../../shared/schemas/resident-id-fast';

const AS_OF = '2026-11-23';

function variants(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const id = makeResidentId(
      ['330802', '431103', '110101'][i % 3] ?? '',
      `19${70 + i}0${(i % 9) + 1}1${i % 10}`,
      i * 7,
    );
    out.push(id, id.toLowerCase(), ` ${id.slice(0, 6)} ${id.slice(6)}`);
    for (let p = 0; p < 18; p += 5)
      out.push(id.slice(0, p) + String((Number(id[p]) + 1) % 10) + id.slice(p + 1));
  }
  out.push(
    '11010120270101001X',
    '110101190002290011',
    '110101189912310012',
    '11010119900307123',
    '',
    'X10101199003071234',
  );
  out.push(
    makeResidentId('110101', '20261124', 1),
    makeResidentId('110101', '20261123', 1),
    makeResidentId('110101', '19000101', 1),
  );
  return out;
}

describe('zResidentIdFast', () => {
  test.each(variants())('agrees with checkResidentId on %j', (input) => {
    const expected = checkResidentId(input, { asOf: AS_OF });
    const parsed = zResidentIdFast(AS_OF).safeParse(input);
    expect(parsed.success).toBe(expected.ok);
    if (parsed.success && expected.ok) expect(parsed.data).toBe(expected.value);
    if (!parsed.success && !expected.ok) expect(parsed.error.issues[0]?.message).toBe(expected.message);
    if (isCanonicalResidentId(input, AS_OF)) expect(expected.ok && expected.value === input).toBe(true);
  });
});

describe('isCanonicalResidentId and the checking day', () => {
  // The birth date against asOf as strings compare: what the check did before it stopped building the date.
  const bornBy = (id: string, asOf: string): boolean =>
    `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` <= asOf;

  test.each([
    '2026-11-23',
    '2003-06-15',
    '2003-06-14',
    '2003-06-16',
    '2003-06',
    '2003-06-15T00:00',
    '2003-06-15 ',
    '2003',
    '',
    'garbage',
    '9999-99-99',
  ])('asOf %j: a valid ID passes exactly when its birth date sorts before it', (asOf) => {
    for (const birth of ['20030614', '20030615', '20030616', '19000101', '20031231']) {
      const id = makeResidentId('110101', birth, 7);
      expect(isCanonicalResidentId(id, asOf), `${id} ${asOf}`).toBe(bornBy(id, asOf));
    }
  });
});
