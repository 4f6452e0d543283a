import { describe, expect, it } from 'vitest';
import { LOCALES as SHIPPED } from '../../src/domain/i18n/locales.js';
import { languages } from './i18n/en/languages.js';
import { translate } from './i18n/translate.js';
import {
  BROWSER_LANGUAGE,
  isShipped,
  LOCALES,
  languageName,
  languageOptions,
  pickedLocale,
  pickerValue,
} from './languages.js';

describe('the languages the pickers offer', () => {
  const t = translate(languages);

  it('are the six shipped ones in the server’s order, each by its own name', () => {
    expect(LOCALES).toEqual([...SHIPPED]);
    expect(LOCALES.map(languageName)).toEqual([
      'English',
      'Français',
      'Deutsch',
      'Español',
      'Português (Brasil)',
      '日本語',
    ]);
  });

  it('start with the browser’s language, which stands for no locale of their own', () => {
    const options = languageOptions(null, t);
    expect(options[0]).toEqual({ value: BROWSER_LANGUAGE, label: 'Browser’s language' });
    expect(options.map((o) => o.value)).toEqual([BROWSER_LANGUAGE, ...LOCALES]);
    expect(pickerValue(null)).toBe(BROWSER_LANGUAGE);
    expect(pickedLocale(BROWSER_LANGUAGE)).toBeNull();
    expect(pickedLocale(null)).toBeNull();
    expect(pickedLocale('fr')).toBe('fr');
  });

  it('keep a tag Convene has no catalog of, shown as it is, last', () => {
    expect(languageOptions('fr-CA', t).at(-1)).toEqual({ value: 'fr-CA', label: 'fr-CA' });
    expect(languageOptions('nl', t)).toHaveLength(LOCALES.length + 2);
    // A shipped tag is not listed twice.
    expect(languageOptions('pt-BR', t)).toHaveLength(LOCALES.length + 1);
    expect(languageName('fr-CA')).toBe('fr-CA');
  });

  it('know the shipped tags exactly, not their regional variants or the object’s own keys', () => {
    expect(isShipped('pt-BR')).toBe(true);
    expect(isShipped('pt')).toBe(false);
    expect(isShipped('fr-CA')).toBe(false);
    expect(isShipped('toString')).toBe(false);
  });
});
