// Test-side implementations of the check characters, written independently of shared/ids so that a
// shared mistake cannot make both sides agree.
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/** GB 32100 check character for a 17-character body. */
export function usccCheck(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += USCC_CHARSET.indexOf(body17.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return c === 31 ? '0' : USCC_CHARSET.charAt(c);
}

/** GB 11714 check character for an 8-character organisation code body. */
export function orgCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i += 1) {
    const ch = body8.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : LATIN.indexOf(ch) + 10;
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** A valid USCC from 8 leading characters (authority, category, division) and an 8-character org body. */
export function makeUscc(head8: string, orgBody8: string): string {
  const body17 = head8 + orgBody8 + orgCheck(orgBody8);
  return body17 + usccCheck(body17);
}

/** A valid 18-digit resident ID from its 17-digit body. */
export function makeResidentId(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body17.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return body17 + (ID_CHECK[sum % 11] ?? '');
}
