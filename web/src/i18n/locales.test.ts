import { describe, expect, it } from 'vitest';
import { appLanguages, appLocale, matchLanguage } from './locales.js';

const shipped = ['en', 'fr', 'pt-BR'];

describe('choosing the language the coordinator app is shown in', () => {
  it('has English and a language per folder of catalogs', () => {
    const load = async () => ({});
    expect(
      appLanguages({ './fr/shell.ts': load, './fr/auth.ts': load, './ja/shell.ts': load }),
    ).toEqual(['en', 'fr', 'ja']);
    expect(appLanguages({})).toEqual(['en']);
  });

  it('reads a regional tag in its language, and a bare language in its regional catalog', () => {
    expect(matchLanguage('fr-CA', shipped)).toBe('fr');
    expect(matchLanguage('EN_us', shipped)).toBe('en');
    expect(matchLanguage('pt', shipped)).toBe('pt-BR');
    expect(matchLanguage('pt-br', shipped)).toBe('pt-BR');
    expect(matchLanguage('en-XA', [...shipped, 'en-XA'])).toBe('en-XA');
    expect(matchLanguage('en-US', [...shipped, 'en-XA'])).toBe('en');
    expect(matchLanguage('nl', shipped)).toBeNull();
    expect(matchLanguage('', shipped)).toBeNull();
  });

  it('prefers the user’s own locale, then the browser’s first language it has, then English', () => {
    expect(appLocale({ own: 'fr', browser: ['pt-BR'], shipped })).toBe('fr');
    expect(appLocale({ own: null, browser: ['nl', 'pt-PT', 'fr'], shipped })).toBe('pt-BR');
    expect(appLocale({ own: 'nl', browser: ['fr-CH'], shipped })).toBe('fr');
    expect(appLocale({ own: 'nl', browser: ['de'], shipped })).toBe('en');
    expect(appLocale({ shipped: ['en'] })).toBe('en');
  });

  it('shows English to a user whose language the app is not written in yet', () => {
    expect(appLocale({ own: 'fr', browser: ['fr-FR', 'de'], shipped: ['en'] })).toBe('en');
  });
});
