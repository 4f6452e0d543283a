import { createContext, type ReactNode, use, useContext, useEffect, useMemo } from 'react';
import type { Catalog, Messages } from './catalog.js';
import { setDateLocale } from './date-locale.js';
import {
  appLanguages,
  appLocale,
  FALLBACK_LOCALE,
  TRANSLATIONS,
  type TranslationLoaders,
} from './locales.js';
import { type Translate, translate } from './translate.js';

export type { RichValues, TextValues, Translate } from './translate.js';

interface Language {
  locale: string;
  translations: TranslationLoaders;
}

// Outside a provider (component tests), the app is in English.
const LanguageContext = createContext<Language>({ locale: FALLBACK_LOCALE, translations: {} });

const loads = new Map<() => Promise<Partial<Messages>>, Promise<Partial<Messages>>>();

// One load per catalog file, kept: `use` reads it at once once it has arrived.
function load(loader: () => Promise<Partial<Messages>>): Promise<Partial<Messages>> {
  let loading = loads.get(loader);
  if (!loading) {
    loading = loader();
    loads.set(loader, loading);
  }
  return loading;
}

/**
 * An area's messages in the language shown: `const t = useText(interviews); t('list.title')`.
 * In a language whose area is not loaded yet the component suspends until it is (the nearest
 * <Suspense> shows its fallback); an area or message the language lacks reads in English.
 */
export function useText<C extends Catalog>(catalog: C): Translate<C> {
  const { locale, translations } = useContext(LanguageContext);
  const loader =
    locale === FALLBACK_LOCALE ? undefined : translations[`./${locale}/${catalog.area}.ts`];
  return translate(catalog, loader ? use(load(loader)) : undefined, locale);
}

/** The language the app is shown in (a BCP 47 tag), e.g. for dates written beside messages. */
export function useLocale(): string {
  return useContext(LanguageContext).locale;
}

interface TextProviderProps {
  /** The signed-in user's own locale, if any. */
  own?: string | null | undefined;
  /** The browser's languages (default: `navigator.languages`). */
  browser?: readonly string[] | undefined;
  /** Other languages' catalogs (default: the folders beside `en/`). */
  translations?: TranslationLoaders;
  children: ReactNode;
}

/**
 * Chooses the language the app is shown in (the user's own, else the browser's, else English;
 * see `appLocale`), writes it on `<html lang>` and has dates written in it (`dateLocale`).
 */
export function TextProvider({
  own,
  browser,
  translations = TRANSLATIONS,
  children,
}: TextProviderProps) {
  const languages = browser ?? navigator.languages;
  const locale = appLocale({ own, browser: languages, shipped: appLanguages(translations) });
  // Set while rendering, not in an effect: the children below format their dates in this same
  // render. Setting the same value again is harmless.
  setDateLocale(locale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => ({ locale, translations }), [locale, translations]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
