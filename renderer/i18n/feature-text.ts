import { useTranslation } from 'react-i18next';

/** A feature's own messages in both languages; the English object must have the same keys. */
export interface FeatureMessages<T extends Record<string, string>> {
  zh: T;
  en: { [K in keyof T]: string };
}

export type Lang = 'zh' | 'en';

/** The current language's messages of a feature, and the language itself. */
export function useFeatureText<T extends Record<string, string>>(
  messages: FeatureMessages<T>,
): {
  text: { [K in keyof T]: string };
  lang: Lang;
} {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return { text: lang === 'en' ? messages.en : messages.zh, lang };
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));
}

/** Joins a list as each language writes one: 甲、乙 or A, B. */
export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** Date and time for lists and histories; English shows 1 Mar 2025, 09:30 (no Chinese date words). */
export function formatDateTime(ms: number, lang: Lang): string {
  const date = new Date(ms);
  if (lang === 'zh') return date.toLocaleString('zh-CN', { hour12: false });
  return date.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** The time of day, for 已保存 09:30:12 / Saved 09:30:12. */
export function formatTime(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false });
}

/** A day: 2025-03-01 in Chinese (as forms write dates), 1 Mar 2025 in English; local time. */
export function formatDate(ms: number, lang: Lang): string {
  const date = new Date(ms);
  if (lang === 'en')
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
