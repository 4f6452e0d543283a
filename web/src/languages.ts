/**
 * The languages Convene writes to people in (their emails, Interview Link pages, and this app
 * once it is written in that language), each named in its own language, as its readers look
 * for it.
 */
import type { languages } from './i18n/en/languages.js';
import type { Translate } from './i18n/translate.js';
import type { Locale } from './types.js';

/**
 * Each shipped language by its own name. Typed by the server's list (src/domain/i18n/locales.ts),
 * so a language added there does not build here until it has a name.
 */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

/** The shipped languages, in the server's order. */
export const LOCALES = Object.keys(LANGUAGE_NAMES) as Locale[];

/** True when Convene has a catalog of exactly this tag. */
export function isShipped(tag: string): tag is Locale {
  return Object.hasOwn(LANGUAGE_NAMES, tag);
}

/** "fr" → "Français"; a tag Convene has no catalog of ("fr-CA", "nl") is shown as it is. */
export function languageName(tag: string): string {
  return isShipped(tag) ? LANGUAGE_NAMES[tag] : tag;
}

/** What the language pickers hold for "no language of their own" (the API's null). */
export const BROWSER_LANGUAGE = '';

export interface LanguageOption {
  value: string;
  label: string;
}

/**
 * The language picker's options: the browser's language (in the languages area's words), each
 * shipped language, and the record's own tag when it is none of them (set over the API), so it
 * is shown and kept.
 */
export function languageOptions(
  current: string | null,
  t: Translate<typeof languages>,
): LanguageOption[] {
  const shipped = LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }));
  const own = current && !isShipped(current) ? [{ value: current, label: current }] : [];
  return [{ value: BROWSER_LANGUAGE, label: t('browser.option') }, ...shipped, ...own];
}

/** The picker's value for a locale (null: the browser's language). */
export function pickerValue(locale: string | null): string {
  return locale ?? BROWSER_LANGUAGE;
}

/** The locale the API takes for a picked value. */
export function pickedLocale(value: string | null): string | null {
  return value === null || value === BROWSER_LANGUAGE ? null : value;
}
