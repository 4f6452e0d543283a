/**
 * The languages Convene writes to participants in, each a catalog in ./catalogs. Adding one is
 * adding its catalog and its tag here.
 */
export const LOCALES = ['en', 'fr', 'de', 'es', 'pt-BR', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/** What the recipient pages and emails fall back to when nothing else names a language. */
export const FALLBACK_LOCALE: Locale = 'en';

// Regional variants map to the catalog of their language: "fr-CA" reads French, "pt-PT" the
// Brazilian catalog (closer than English), "en-US" English.
const BY_LANGUAGE: Record<string, Locale> = {
  en: 'en',
  fr: 'fr',
  de: 'de',
  es: 'es',
  pt: 'pt-BR',
  ja: 'ja',
};

/** The shipped catalog for a BCP 47 tag ("fr-CA" → fr), or null when none serves it. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return BY_LANGUAGE[language] ?? null;
}

/** True when `tag` is a well-formed BCP 47 language tag that Intl accepts. */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The canonical spelling of a valid tag ("PT-br" → "pt-BR"). */
export function canonicalLanguageTag(tag: string): string {
  return Intl.getCanonicalLocales(tag)[0] as string;
}

// RFC 4647 §2.1 basic language range, without the "*" wildcard.
const LANGUAGE_RANGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The tags of an `Accept-Language` header, most wanted first (by q, then by order); tags with
 * q=0 and `*` are left out. A malformed header reads as empty.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  const entries = header
    .slice(0, 500)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((e) => LANGUAGE_RANGE.test(e.tag) && e.quality > 0);
  return entries.sort((a, b) => b.quality - a.quality || a.order - b.order).map((e) => e.tag);
}

/** Where a recipient's language comes from, in the order it is looked for. */
export interface LocaleSources {
  /** The candidate's or user's own locale (their profile; a participant's copy of it). */
  own?: string | null | undefined;
  /** The browser's `Accept-Language` (pages only; emails have none). */
  acceptLanguage?: string | null | undefined;
  /** DEFAULT_LOCALE, the company's default. */
  companyDefault?: string | null | undefined;
}

/**
 * The language one recipient reads (issue 17): their own locale, else the first language their
 * browser asks for that Convene has, else the company default, else English.
 */
export function pickLocale({ own, acceptLanguage, companyDefault }: LocaleSources): Locale {
  const asked = acceptedLanguages(acceptLanguage).map(matchLocale);
  return (
    matchLocale(own) ??
    asked.find((l) => l !== null) ??
    matchLocale(companyDefault) ??
    FALLBACK_LOCALE
  );
}

/**
 * The locale dates and times are written in: the recipient's own tag when it is of the same
 * language (so "en-US" keeps its 12-hour clock), else the catalog's; plain English is British
 * English (DESIGN §3: "Tuesday, 3 March 2026, 10:00").
 */
export function dateLocale(locale: Locale, own?: string | null): string {
  if (own && own.toLowerCase() !== 'en' && matchLocale(own) === locale && isLanguageTag(own)) {
    return canonicalLanguageTag(own);
  }
  return locale === 'en' ? 'en-GB' : locale;
}
