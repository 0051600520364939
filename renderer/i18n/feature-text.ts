import { useTranslation } from 'react-i18next';

/** A feature's own messages in both languages; the English object must have the same keys. */
export interface FeatureMessages<T extends Record<string, string>> {
  zh: T;
  en: { [K in keyof T]: string };
}

/** The current language's messages of a feature, and the language itself. */
export function useFeatureText<T extends Record<string, string>>(
  messages: FeatureMessages<T>,
): {
  text: { [K in keyof T]: string };
  lang: 'zh' | 'en';
} {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return { text: lang === 'en' ? messages.en : messages.zh, lang };
}

/** Puts values into a message's {placeholders}: fillText('共 {n} 行', { n: 3 }) → 共 3 行. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));
}
