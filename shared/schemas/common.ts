import { z } from 'zod';
import { normalizeIdentifier, zUscc } from '../ids';
import { MAX_INPUT_FEN } from '../money';
import { acceptIsoDate, trimmedText, withAcceptor } from './fast/accept';
import { localToday, zResidentIdFast } from './resident-id-fast';

/** Options that make a schema depend on the checking day (a birth date may not be after it). */
export interface SchemaOptions {
  /** YYYY-MM-DD; resident ID birth dates after it are refused. Defaults to today. */
  asOf?: string;
}

/** A real calendar date written YYYY-MM-DD (zod's ISO date, leap years included). */
export const zIsoDate = withAcceptor(z.iso.date(), acceptIsoDate);

/** An amount in integer fen, 0 … 1e12 yuan. */
export const zFen = z.number().int().min(0).max(MAX_INPUT_FEN);

/** A positive amount in integer fen. */
export const zPositiveFen = z.number().int().min(1).max(MAX_INPUT_FEN);

/** A whole count (people, stations, hours, months). */
export const zCount = z.number().int().min(0).max(10_000_000);

/** A calendar year of a claim. */
export const zYear = z.number().int().min(2000).max(2100);

/** Trimmed, non-empty text of at most `max` characters. */
export function zText(max = 100) {
  return trimmedText(z.string().trim().min(1).max(max));
}

/** A person's name as on the ID card: 2-30 characters, `·` allowed for minority names. */
export const zPersonName = trimmedText(z.string().trim().min(2).max(30));

/** 居民身份证号, normalised (full-width digits, spaces, lower-case x) and checked (GB 11643-1999). */
export function zIdNumber(opts: SchemaOptions) {
  return zResidentIdFast(opts.asOf ?? localToday());
}

/** 统一社会信用代码 of a partner enterprise. */
export const zPartnerUscc = zUscc;

const INVOICE = /^[0-9A-Z]{8,20}$/;

/**
 * 发票号码: 8 digits (paper VAT invoices) up to 20 (数电发票), normalised like identifiers (full-width,
 * spaces). The message names the first character that is not a digit or letter.
 */
export const zInvoiceNumber = z.string().transform((input, ctx) => {
  const value = normalizeIdentifier(input);
  if (INVOICE.test(value)) return value;
  const chars = Array.from(value);
  const bad = chars.findIndex((c) => !/^[0-9A-Z]$/.test(c));
  const message =
    bad >= 0
      ? `发票号码第${bad + 1}位「${chars[bad]}」不是数字或字母`
      : `发票号码应为8-20位数字，实为${chars.length}位`;
  const messageEn =
    bad >= 0
      ? `Character ${bad + 1} "${chars[bad]}" of the invoice number is not a digit or letter`
      : `An invoice number has 8-20 characters, got ${chars.length}`;
  ctx.addIssue({ code: 'custom', message, input, params: { code: 'invoice-number', messageEn } });
  return z.NEVER;
});
