import type { z } from 'zod';
import type { Bilingual, ProgramId } from '../../schemas';
import type { Estimate, ProfileFacts } from '../estimates';
import type { Dated, UnitValues } from '../format/parameters';
import type { ParameterUnit } from '../format/document';
import type { AmountFn, Rule } from '../types';

/** What a kind's builder may ask of the pack being built. */
export interface KindEnv {
  /**
   * The parameter a field names, in the unit the kind expects. An unknown name or another unit is
   * reported as a problem at that field, and the result is undefined (the pack is then refused).
   */
  param<U extends ParameterUnit>(field: string, unit: U): Dated<UnitValues[U]> | undefined;
  /** Reports a problem at a field of the kind's node (e.g. a kind that does not apply to this program). */
  problem(field: string | null, code: string, zh: string, en: string): void;
  /** True when `ref` is a clause the pack quotes (else reported at `field`). */
  clause(field: string, ref: string): boolean;
}

/** What an amount kind builds for one program. */
export interface BuiltAmount {
  amount: AmountFn;
  formula: Bilingual;
  userStandard: 'used' | 'ignored';
  /** Checks the amount brings with it (e.g. a user standard not below the minimum). */
  rules?: Rule[];
  estimate?: Estimate;
  /** Parameters the amount reads, for the date-coverage check. */
  params: Dated<unknown>[];
}

/** What a check kind builds for one program. */
export interface BuiltCheck {
  rule: Rule;
  description: Bilingual;
  excludes?: (facts: ProfileFacts) => Bilingual | null;
  params: Dated<unknown>[];
}

interface KindBase<F> {
  id: string;
  title: Bilingual;
  /** The programs it can be used in (its builder knows each one's fields). */
  programs: readonly ProgramId[];
  /** The kind's own fields (without `kind`). */
  fields: z.ZodType<F>;
}

export interface AmountKind<F = never> extends KindBase<F> {
  role: 'amount';
  build(program: ProgramId, fields: F, env: KindEnv): BuiltAmount | undefined;
}

export interface CheckKind<F = never> extends KindBase<F> {
  role: 'check';
  build(program: ProgramId, fields: F, env: KindEnv): BuiltCheck | undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of kinds with different fields
export type AnyKind = AmountKind<any> | CheckKind<any>;
