/**
 * The one i18n mechanism: user-facing text is a pair, zh-CN first, English second. Templates use
 * {name} placeholders filled from details that are known to hold no personal data.
 */
export type Locale = 'zh-CN' | 'en';

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

function fill(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function format(t: LocalizedText, params: Record<string, unknown> = {}): LocalizedText {
  return { 'zh-CN': fill(t['zh-CN'], params), en: fill(t.en, params) };
}

/** Picks the locale from an Accept-Language header; Chinese is the default. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
