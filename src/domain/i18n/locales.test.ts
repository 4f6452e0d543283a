import { describe, expect, it } from 'vitest';
import {
  acceptedLanguages,
  dateLocale,
  isLanguageTag,
  matchLocale,
  pickLocale,
} from './locales.js';

describe('choosing a recipient’s language', () => {
  it('reads Accept-Language by quality, then order, leaving out q=0 and *', () => {
    expect(acceptedLanguages('de-CH, fr;q=0.9, en;q=0.8, *;q=0.5')).toEqual(['de-CH', 'fr', 'en']);
    expect(acceptedLanguages('en;q=0.2, ja')).toEqual(['ja', 'en']);
    expect(acceptedLanguages('fr;q=0, es')).toEqual(['es']);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(acceptedLanguages(';;,,q=')).toEqual([]);
  });

  it('maps regional tags to the catalog of their language', () => {
    expect(matchLocale('fr-CA')).toBe('fr');
    expect(matchLocale('pt')).toBe('pt-BR');
    expect(matchLocale('pt-PT')).toBe('pt-BR');
    expect(matchLocale('EN_us')).toBe('en');
    expect(matchLocale('nl')).toBeNull();
  });

  it('prefers the person’s own locale, then the browser’s first shipped language, then the company’s', () => {
    expect(pickLocale({ own: 'ja', acceptLanguage: 'fr', companyDefault: 'de' })).toBe('ja');
    expect(pickLocale({ own: null, acceptLanguage: 'nl, es;q=0.5', companyDefault: 'de' })).toBe(
      'es',
    );
    expect(pickLocale({ own: 'nl', acceptLanguage: 'nl', companyDefault: 'de' })).toBe('de');
    expect(pickLocale({})).toBe('en');
  });

  it('writes dates in the person’s own region when it is of the page’s language', () => {
    expect(dateLocale('en', 'en-US')).toBe('en-US');
    expect(dateLocale('en', 'en')).toBe('en-GB');
    expect(dateLocale('en', null)).toBe('en-GB');
    expect(dateLocale('fr', 'fr-CA')).toBe('fr-CA');
    expect(dateLocale('fr', 'de-DE')).toBe('fr');
    expect(dateLocale('pt-BR', null)).toBe('pt-BR');
  });

  it('accepts only well-formed BCP 47 tags', () => {
    expect(isLanguageTag('pt-BR')).toBe(true);
    expect(isLanguageTag('zh-Hant-TW')).toBe(true);
    expect(isLanguageTag('not a tag')).toBe(false);
    expect(isLanguageTag('')).toBe(false);
  });
});
