/**
 * A template's wording per language as the template editor holds it: the default wording and a
 * tab per language that has its own (`variants`, written whole on save), and which tab a
 * refused field belongs to.
 */
import { isShipped, LOCALES } from './languages.js';
import type { Locale, Template, TemplateVariant } from './types.js';

/** A template's wording in other languages, by shipped locale. */
export type Variants = Partial<Record<Locale, TemplateVariant>>;

/** A tab of the editor: the default wording, or one language's. */
export type WordingTab = 'default' | Locale;

/** The variants of a saved template (none for a new one), each language once. */
export function variantsOf(template: Pick<Template, 'variants'> | null): Variants {
  const variants: Variants = {};
  for (const locale of LOCALES) {
    const variant = template?.variants[locale];
    if (variant) variants[locale] = { subject: variant.subject, body: variant.body };
  }
  return variants;
}

/** The languages with wording of their own, in the shipped order: one tab each. */
export function variantLocales(variants: Variants): Locale[] {
  return LOCALES.filter((locale) => variants[locale] !== undefined);
}

/** The languages "Add language" offers: those without wording yet. */
export function missingLocales(variants: Variants): Locale[] {
  return LOCALES.filter((locale) => variants[locale] === undefined);
}

/** The form field of a tab's subject or body: "subject", "variants.fr.body". */
export function wordingField(tab: WordingTab, part: keyof TemplateVariant): string {
  return tab === 'default' ? part : `variants.${tab}.${part}`;
}

/** The tab a refused field is on ("variants.fr.body" → fr, "subject" → default); null if none. */
export function tabOfField(field: string): WordingTab | null {
  if (field === 'subject' || field === 'body') return 'default';
  const locale = /^variants\.([^.]+)/.exec(field)?.[1];
  return locale !== undefined && isShipped(locale) ? locale : null;
}

/** The tabs with a refused field among `fields`, default first, then in the shipped order. */
export function tabsWithProblems(fields: Iterable<string>): WordingTab[] {
  const found = new Set([...fields].map(tabOfField));
  return (['default', ...LOCALES] as WordingTab[]).filter((tab) => found.has(tab));
}

/**
 * The tab to show once a save is refused: the one shown if it has a problem, else the first that
 * has one (a French body refused while the default is shown opens the French tab).
 */
export function tabToShow(shown: WordingTab, fields: Iterable<string>): WordingTab {
  const tabs = tabsWithProblems(fields);
  return tabs.length === 0 || tabs.includes(shown) ? shown : (tabs[0] as WordingTab);
}
