// Synthetic identifiers with correct check characters, for example drafts and tests; none is a real
// registration.

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * A 统一社会信用代码 from its authority and category (`91` for a company, `12` for a public
 * institution), a 6-digit division code and an 8-digit organisation code body; both check
 * characters (GB 11714 at position 17, GB 32100 at 18) are computed.
 */
export function makeUscc(prefix: string, division: string, body8: string): string {
  const orgSum = ORG_WEIGHTS.reduce((acc, w, i) => acc + w * parseInt(body8[i] ?? '0', 36), 0);
  const orgC = 11 - (orgSum % 11);
  const orgCheck = orgC === 10 ? 'X' : orgC === 11 ? '0' : String(orgC);
  const first17 = `${prefix}${division}${body8}${orgCheck}`;
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_ALPHABET.indexOf(first17[i] ?? '0'), 0);
  return first17 + (USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? '0');
}

/** A 居民身份证号 from area code, birth date (YYYYMMDD) and 3-digit sequence (odd = 男). */
export function makeResidentId(area: string, birth: string, seq: number): string {
  const body = `${area}${birth}${String(seq % 1000).padStart(3, '0')}`;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + (ID_CHECK[sum % 11] ?? '0');
}

/** A deterministic 64-hex placeholder in the sha256 field of example attachments (FNV-1a based). */
export function placeholderSha256(seed: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 64; round += 1) {
    for (const ch of `${seed}#${round}`) {
      h ^= ch.codePointAt(0) ?? 0;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}
