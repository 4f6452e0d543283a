import { describe, expect, it } from 'vitest';
import {
  missingLocales,
  tabOfField,
  tabsWithProblems,
  tabToShow,
  variantLocales,
  variantsOf,
  wordingField,
} from './template-variants.js';

const french = {
  subject: 'Entretien : {{ interview.title }}',
  body: '<p>{{ interview.link }}</p>',
};

describe('a template’s wording per language in the editor', () => {
  it('reads the saved variants of shipped languages only, in the shipped order', () => {
    const variants = variantsOf({
      variants: { ja: french, fr: french, xx: french, de: undefined },
    });
    expect(variantLocales(variants)).toEqual(['fr', 'ja']);
    expect(variants.fr).toEqual(french);
    expect(variantsOf(null)).toEqual({});
  });

  it('offers to add the languages that have no wording yet', () => {
    expect(missingLocales({ fr: french, ja: french })).toEqual(['en', 'de', 'es', 'pt-BR']);
    expect(missingLocales({})).toHaveLength(6);
  });

  it('names each tab’s fields as the server does', () => {
    expect(wordingField('default', 'subject')).toBe('subject');
    expect(wordingField('pt-BR', 'body')).toBe('variants.pt-BR.body');
  });

  it('finds the tab a refused field is on', () => {
    expect(tabOfField('variants.fr.body')).toBe('fr');
    expect(tabOfField('variants.pt-BR.subject')).toBe('pt-BR');
    expect(tabOfField('variants.fr')).toBe('fr');
    expect(tabOfField('body')).toBe('default');
    expect(tabOfField('name')).toBeNull();
    expect(tabOfField('variants.xx.body')).toBeNull();
    expect(
      tabsWithProblems(['variants.ja.body', 'name', 'subject', 'variants.fr.subject']),
    ).toEqual(['default', 'fr', 'ja']);
  });

  it('opens the first tab with a problem after a refused save, unless the one shown has one', () => {
    expect(tabToShow('default', ['variants.fr.body'])).toBe('fr');
    expect(tabToShow('ja', ['variants.fr.body', 'variants.ja.subject'])).toBe('ja');
    expect(tabToShow('de', ['variants.ja.body', 'variants.fr.subject'])).toBe('fr');
    expect(tabToShow('fr', ['name'])).toBe('fr');
    expect(tabToShow('fr', [])).toBe('fr');
  });
});
