import { type FieldIssue, invalid, withFieldPrefix } from './errors.js';
import type { Wording } from './i18n/email-wording.js';
import { LOCALES, type Locale } from './i18n/locales.js';
import { type PreparedTemplate, prepareTemplate } from './template-prepare.js';

/** A template's wording in other languages: one subject and body per shipped locale. */
export type TemplateVariants = Partial<Record<Locale, Wording>>;

/** Reads the stored JSON (`{}` when there are none). */
export function parseVariants(text: string | null | undefined): TemplateVariants {
  return text ? (JSON.parse(text) as TemplateVariants) : {};
}

/**
 * Checks and cleans each variant as the template itself is (issues named
 * `variants.fr.subject`…), and makes each carry the links the template carries: a French
 * candidate must get the Interview Link an English one gets. Nothing is written on failure.
 */
export function prepareVariants(
  variants: Readonly<Record<string, Wording | undefined>>,
  template: Pick<PreparedTemplate, 'invitable' | 'schedulable'>,
): TemplateVariants {
  const prepared: TemplateVariants = {};
  const issues: FieldIssue[] = [];
  for (const [locale, wording] of Object.entries(variants)) {
    if (wording === undefined) continue;
    const field = `variants.${locale}`;
    if (!(LOCALES as readonly string[]).includes(locale)) {
      issues.push({ field, message: `is not a language Convene has (${LOCALES.join(', ')})` });
      continue;
    }
    const clean = withFieldPrefix(field, () => prepareTemplate(wording));
    if (template.invitable && !clean.invitable) {
      issues.push({ field: `${field}.body`, message: 'must keep the {{ interview.link }} token' });
    }
    if (template.schedulable && !clean.schedulable) {
      issues.push({ field: `${field}.body`, message: 'must keep the {{ scheduling.link }} token' });
    }
    prepared[locale as Locale] = { subject: clean.subject, body: clean.body };
  }
  if (issues.length > 0) invalid(issues);
  return prepared;
}
