/// <reference types="vite/client" />
import type { Messages } from './catalog.js';

/** Other languages' catalogs by path (`./fr/shell.ts`), each loaded when its area is first shown. */
export type TranslationLoaders = Readonly<Record<string, () => Promise<Partial<Messages>>>>;

// Every catalog but English's, which the components import themselves: each is a chunk of its own,
// fetched only by someone who reads that language. Adding a language is adding its folder.
export const TRANSLATIONS: TranslationLoaders = import.meta.glob<Messages>(
  ['./*/*.ts', '!./en/*.ts', '!./**/*.test.ts'],
  { import: 'default' },
);

/** What the app falls back to, word by word, and where nothing else names a language. */
export const FALLBACK_LOCALE = 'en';

/** The languages the app is written in: English and each folder of catalogs, by tag. */
export function appLanguages(translations: TranslationLoaders): string[] {
  const tags = Object.keys(translations).map((path) => path.split('/')[1] ?? FALLBACK_LOCALE);
  return [...new Set([FALLBACK_LOCALE, ...tags])];
}

const normal = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const languageOf = (tag: string) => normal(tag).split('-')[0] ?? '';

/**
 * The app's language for a BCP 47 tag: that very language, else its language without the
 * region ("fr-CA" → fr), else a regional one of the same language ("pt" → pt-BR); null if none.
 */
export function matchLanguage(tag: string | null | undefined, shipped: string[]): string | null {
  if (!tag?.trim()) return null;
  const wanted = normal(tag);
  return (
    shipped.find((l) => normal(l) === wanted) ??
    shipped.find((l) => normal(l) === languageOf(wanted)) ??
    shipped.find((l) => languageOf(l) === languageOf(wanted)) ??
    null
  );
}

/** Where the app's language comes from, in the order it is looked for. */
export interface AppLocaleSources {
  /** The signed-in user's own `locale` (their profile). */
  own?: string | null | undefined;
  /** The browser's languages, most wanted first (`navigator.languages`). */
  browser?: readonly string[] | undefined;
  /** The languages the app has (English and each folder of catalogs). */
  shipped: string[];
}

/**
 * The language the app is shown in, as the recipient pages choose theirs (ADR 018): the user's
 * own locale, else the first of the browser's languages the app has, else English.
 */
export function appLocale({ own, browser = [], shipped }: AppLocaleSources): string {
  return (
    matchLanguage(own, shipped) ??
    browser.map((tag) => matchLanguage(tag, shipped)).find((l) => l !== null) ??
    FALLBACK_LOCALE
  );
}
