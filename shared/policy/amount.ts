import { applyRate, capAt, formatYuan, rateLabel, type Rate, sumFen, toChineseAmount } from '../money';
import type { ProgramId, UserStandard, UserStandardBasis } from '../schemas';
import type { AmountComputation, AmountFn, AmountResult, Finding, Pack, RuleContext } from './types';

/** A finished amount: adds the 大写金额. */
export function amountOf(
  status: 'computed' | 'user-supplied',
  fen: number,
  trace: { zh: string[]; en: string[] },
  note: { zh: string; en: string },
  remainderFen?: number,
): AmountResult {
  const result: AmountResult = {
    status,
    amountFen: fen,
    amountText: toChineseAmount(fen),
    trace: trace.zh,
    traceEn: trace.en,
    note: note.zh,
    noteEn: note.en,
  };
  if (remainderFen !== undefined) result.remainderFen = remainderFen;
  return result;
}

/** The document sets no amount and the user entered no standard. */
export function noAmount(pack: Pack): AmountResult {
  return {
    status: 'no-amount',
    trace: [],
    traceEn: [],
    note: `${pack.docNumber}未规定本项目的补助金额，本项目不计算金额；如实施细则规定了标准，可在“补助标准”中填写标准及出处，金额将按自填标准计算并注明`,
    noteEn: `${pack.docNumber} sets no amount for this program, so none is computed; enter the standard from the implementing rules with its source to compute one (marked user-supplied)`,
  };
}

/** The amount cannot be computed until the draft's errors are fixed. */
export function incompleteAmount(zh: string, en: string): AmountResult {
  return { status: 'incomplete', trace: [], traceEn: [], note: zh, noteEn: en };
}

const COMPUTABLE = formatYuan(Number.MAX_SAFE_INTEGER);

/** The finding of a total past what integer fen can hold exactly: the user must correct a row. */
export function amountOverflowFinding(): Finding {
  return {
    ruleId: 'amount.overflow',
    severity: 'error',
    path: ['data'],
    clause: null,
    message: `金额合计超过可计算的范围（${COMPUTABLE} 元），无法计算金额；请核对各行金额是否多输了位数`,
    messageEn: `The total is beyond what can be computed (${COMPUTABLE} yuan); check the amount on each row for extra digits`,
  };
}

/**
 * Runs a program's amount function. A sum or product past the safe-integer range of fen (any
 * RangeError of the money layer) is an `incomplete` amount with {@link amountOverflowFinding},
 * never an exception, so the draft still opens and can be fixed.
 */
export function computeAmount<P extends ProgramId>(
  fn: AmountFn<P>,
  ctx: RuleContext<P>,
): { amount: AmountComputation; findings: Finding[] } {
  try {
    return { amount: fn(ctx), findings: [] };
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return {
      amount: {
        result: incompleteAmount(
          '金额合计超过可计算的范围，请核对各行金额',
          'The total is beyond what can be computed; check the amount on each row',
        ),
      },
      findings: [amountOverflowFinding()],
    };
  }
}

/** `count × fen`, or null when the product leaves the safe-integer range. */
export function mulFen(count: number, fen: number): number | null {
  const product = BigInt(count) * BigInt(fen);
  return product > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(product);
}

/**
 * `rate × base`, rounded down to whole fen (a subsidy never exceeds its entitlement), then capped:
 * the trace reads `25% × 2,400,000.00 = 600,000.00 → 封顶 500,000.00`.
 */
export function rateThenCap(
  baseFen: number,
  rate: Rate,
  capFen?: number,
): { fen: number; zh: string; en: string } {
  const { fen: raw, exact } = applyRate(baseFen, rate, 'down');
  let zh = `${rateLabel(rate)} × ${formatYuan(baseFen)} = ${formatYuan(raw)}`;
  let en = zh;
  if (!exact) {
    zh += '（不足1分部分舍去）';
    en += ' (fractions of a fen dropped)';
  }
  if (capFen === undefined) return { fen: raw, zh, en };
  const capped = capAt(raw, capFen);
  if (capped.capped) {
    zh += ` → 封顶 ${formatYuan(capFen)}`;
    en += ` → capped at ${formatYuan(capFen)}`;
  } else {
    zh += `（未超过上限 ${formatYuan(capFen)}）`;
    en += ` (below the cap of ${formatYuan(capFen)})`;
  }
  return { fen: capped.fen, zh, en };
}

/** What a program counts, for a user-supplied standard. */
export interface StandardInputs {
  /** For `per-unit`: how many units and what a unit is (人月, 人, 人次 …). */
  units?: { count: number; unitZh: string; unitEn: string };
  /** For `rate`: the base the rate applies to. */
  baseFen?: { fen: number; zh: string; en: string };
  /** For `per-occupation`: people per occupation. */
  occupations?: ReadonlyMap<string, number>;
  /** Per claim key (ID or invoice number): its units, base and occupation, for cross-draft comparison. */
  claims?: ReadonlyMap<string, { units?: number; baseFen?: number; occupation?: string }>;
}

function perClaim(standard: UserStandard, inputs: StandardInputs): Map<string, number> {
  const out = new Map<string, number>();
  const byOccupation =
    standard.basis === 'per-occupation'
      ? new Map(standard.items.map((i) => [i.occupation, i.amountFen]))
      : null;
  for (const [key, c] of inputs.claims ?? []) {
    let fen: number | null | undefined;
    if (standard.basis === 'per-unit' && c.units !== undefined) fen = mulFen(c.units, standard.amountFen);
    else if (standard.basis === 'rate' && c.baseFen !== undefined) {
      fen = rateThenCap(c.baseFen, { numerator: standard.rateBasisPoints, denominator: 10_000 }).fen;
    } else if (byOccupation && c.occupation !== undefined) fen = byOccupation.get(c.occupation);
    if (fen !== null && fen !== undefined) out.set(key, fen);
  }
  return out;
}

function sourceLine(standard: UserStandard): { zh: string; en: string } {
  return {
    zh: `自填标准，出处：${standard.source}`,
    en: `User-supplied standard, source: ${standard.source}`,
  };
}

const userNote = {
  zh: '金额按申报人填写的标准计算（非政策文件原文规定），请核对出处',
  en: 'Computed from the standard the applicant entered (not stated by the policy document); check its source',
};

/**
 * The amount from a user-supplied standard, or `no-amount` without one. A basis the program does
 * not accept, or an occupation without a standard, makes the amount `incomplete` (the engine reports
 * the matching finding).
 */
export function userStandardAmount(
  pack: Pack,
  standard: UserStandard | undefined,
  allowed: readonly UserStandardBasis[],
  inputs: StandardInputs,
): AmountComputation {
  if (!standard) return { result: noAmount(pack) };
  if (!allowed.includes(standard.basis)) {
    return {
      result: incompleteAmount('自填标准的计算方式不适用于本项目', 'The standard basis does not apply here'),
    };
  }
  const computed = userStandardTotal(standard, inputs);
  return 'perClaimFen' in computed ? computed : { ...computed, perClaimFen: perClaim(standard, inputs) };
}

function userStandardTotal(standard: UserStandard, inputs: StandardInputs): AmountComputation {
  const source = sourceLine(standard);
  // computeAmount turns this into an incomplete amount with its finding.
  const tooLarge = (): never => {
    throw new RangeError('user-supplied amount overflows the safe-integer range');
  };
  switch (standard.basis) {
    case 'per-unit': {
      const units = inputs.units ?? { count: 0, unitZh: '单位', unitEn: 'units' };
      const fen = mulFen(units.count, standard.amountFen);
      if (fen === null) return tooLarge();
      const line = `${units.count} ${units.unitZh} × ${formatYuan(standard.amountFen)} = ${formatYuan(fen)}`;
      const lineEn = `${units.count} ${units.unitEn} × ${formatYuan(standard.amountFen)} = ${formatYuan(fen)}`;
      return {
        result: amountOf('user-supplied', fen, { zh: [source.zh, line], en: [source.en, lineEn] }, userNote),
      };
    }
    case 'rate': {
      const base = inputs.baseFen ?? { fen: 0, zh: '基数', en: 'base' };
      const step = rateThenCap(
        base.fen,
        { numerator: standard.rateBasisPoints, denominator: 10_000 },
        standard.capFen,
      );
      return {
        result: amountOf(
          'user-supplied',
          step.fen,
          { zh: [source.zh, base.zh, step.zh], en: [source.en, base.en, step.en] },
          userNote,
        ),
      };
    }
    case 'lump-sum':
      return {
        result: amountOf(
          'user-supplied',
          standard.amountFen,
          {
            zh: [source.zh, `定额 ${formatYuan(standard.amountFen)}`],
            en: [source.en, `Lump sum ${formatYuan(standard.amountFen)}`],
          },
          userNote,
        ),
      };
    case 'per-occupation': {
      const byOccupation = new Map(standard.items.map((i) => [i.occupation, i.amountFen]));
      const lines: string[] = [];
      const linesEn: string[] = [];
      const parts: number[] = [];
      const missing: string[] = [];
      for (const [occupation, count] of inputs.occupations ?? new Map<string, number>()) {
        const each = byOccupation.get(occupation);
        if (each === undefined) {
          missing.push(occupation);
          continue;
        }
        const fen = mulFen(count, each);
        if (fen === null) return tooLarge();
        parts.push(fen);
        lines.push(`${occupation}：${count} 人 × ${formatYuan(each)} = ${formatYuan(fen)}`);
        linesEn.push(`${occupation}: ${count} × ${formatYuan(each)} = ${formatYuan(fen)}`);
      }
      if (missing.length > 0) {
        return {
          result: incompleteAmount(
            `以下工种未填写标准：${missing.join('、')}`,
            `No standard entered for: ${missing.join(', ')}`,
          ),
        };
      }
      const total = sumFen(parts);
      return {
        result: amountOf(
          'user-supplied',
          total,
          {
            zh: [source.zh, ...lines, `合计 ${formatYuan(total)}`],
            en: [source.en, ...linesEn, `Total ${formatYuan(total)}`],
          },
          userNote,
        ),
      };
    }
  }
}
