import { isTypeface, type Typeface } from '../../shared/pdf';

/** Where the chosen typeface of printed forms is remembered on this computer (like the language). */
export const TYPEFACE_STORAGE_KEY = 'grantdesk.formTypeface';

/** The typeface printed forms use: 现代 (sans) unless the user chose 公文 (serif) in 设置. */
export function savedTypeface(): Typeface {
  const value = localStorage.getItem(TYPEFACE_STORAGE_KEY);
  return isTypeface(value) ? value : 'sans';
}

/** Remembers the typeface for the next print. */
export function saveTypeface(typeface: Typeface): void {
  localStorage.setItem(TYPEFACE_STORAGE_KEY, typeface);
}
