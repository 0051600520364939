import { assertFen, type Fen } from './fen';

const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['仟', '佰', '拾', ''] as const;

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/** Reads 1..9999 with one 零 for each run of inner zeros: 1001 → 壹仟零壹, 1010 → 壹仟零壹拾. */
function readUpTo9999(n: number): string {
  const digits = n.toString().padStart(4, '0');
  let out = '';
  let pendingZero = false;
  for (let i = 0; i < 4; i += 1) {
    const d = Number(digits[i]);
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digit(d) + (SMALL_UNITS[i] ?? '');
  }
  return out;
}

/** Reads a positive integer of yuan, splitting at 亿 then 万; 零 marks a gap below a 万-group. */
function readInteger(n: number): string {
  if (n >= 100_000_000) {
    const high = Math.floor(n / 100_000_000);
    const low = n % 100_000_000;
    if (low === 0) return `${readInteger(high)}亿`;
    return `${readInteger(high)}亿${low < 10_000_000 ? '零' : ''}${readInteger(low)}`;
  }
  if (n >= 10_000) {
    const high = Math.floor(n / 10_000);
    const low = n % 10_000;
    if (low === 0) return `${readUpTo9999(high)}万`;
    return `${readUpTo9999(high)}万${low < 1000 ? '零' : ''}${readUpTo9999(low)}`;
  }
  return readUpTo9999(n);
}

/**
 * Writes an amount as 大写金额 the way invoices and 申报表 print it.
 *
 * Conventions (those of 《支付结算办法》 附件一 where it leaves a choice):
 * - 整 only when there is neither 角 nor 分: 10 元 → 壹拾元整; 0.50 元 → 伍角 (no 整 after 角).
 * - No 零 between 元 and 角 when the yuan end in zero: 10.50 元 → 壹拾元伍角.
 * - 零 between 元 and 分 when 角 is zero: 1.05 元 → 壹元零伍分.
 * - Under one yuan no 元 is written: 0.05 元 → 伍分; zero is 零元整.
 * - 拾 keeps its 壹 (壹拾); 万亿 is used above 亿 (10^12 元 → 壹万亿元整).
 * - A negative amount is prefixed with 负.
 *
 * @throws RangeError if `fen` is not a safe integer.
 */
export function toChineseAmount(fen: Fen): string {
  assertFen(fen);
  if (fen < 0) return `负${toChineseAmount(-fen)}`;
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  if (fen === 0) return '零元整';
  const yuanPart = yuan > 0 ? `${readInteger(yuan)}元` : '';
  if (jiao === 0 && fenDigit === 0) return `${yuanPart}整`;
  const jiaoPart = jiao > 0 ? `${digit(jiao)}角` : yuan > 0 ? '零' : '';
  const fenPart = fenDigit > 0 ? `${digit(fenDigit)}分` : '';
  return yuanPart + jiaoPart + fenPart;
}
