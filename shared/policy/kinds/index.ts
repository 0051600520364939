import { creditAgainstPayable, rateThenCap, thresholdThenRateCap } from './amount-rate';
import { lumpSum, perUnit, perUnitByCategory } from './amount-unit';
import { countAtLeast, minimumMonths, shareAtLeast, shareAtMost } from './check-shares';
import { dateWithin, requiredFlag, valueInList } from './check-values';
import type { AnyKind } from './types';
import { userSupplied } from './user-supplied';

export type { AmountKind, AnyKind, BuiltAmount, BuiltCheck, CheckKind, KindEnv } from './types';

/** Every rule kind a pack may name, by id: the only code a pack can reach. */
export const KINDS: ReadonlyMap<string, AnyKind> = new Map(
  [
    rateThenCap,
    thresholdThenRateCap,
    perUnit,
    perUnitByCategory,
    lumpSum,
    creditAgainstPayable,
    userSupplied,
    shareAtLeast,
    shareAtMost,
    minimumMonths,
    requiredFlag,
    valueInList,
    dateWithin,
    countAtLeast,
  ].map((k): [string, AnyKind] => [k.id, k]),
);
