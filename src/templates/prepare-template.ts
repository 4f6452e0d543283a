import { invalid } from '../domain/errors.js';
import type { Wording } from '../domain/i18n/email-wording.js';
import { type PreparedTemplate, prepareTemplate } from '../domain/template-prepare.js';
import { prepareVariants, type TemplateVariants } from '../domain/template-variants.js';
import { isSingleLine } from '../domain/text-rules.js';

export interface TemplateContent {
  name: string;
  subject: string;
  body: string;
  /** The wording in other languages, by locale. */
  variants?: Readonly<Record<string, Wording | undefined>> | undefined;
}

/** What is stored: the checked content plus the trimmed name and its search key. */
export interface StoredTemplateContent extends PreparedTemplate {
  name: string;
  nameKey: string;
  variants: TemplateVariants;
}

/** Checks a template's name and content before it is saved; nothing is written on failure. */
export function prepareStoredTemplate(content: TemplateContent): StoredTemplateContent {
  const name = content.name.trim();
  if (name === '' || !isSingleLine(name)) {
    invalid([{ field: 'name', message: 'must be a non-empty single line' }]);
  }
  const template = prepareTemplate(content);
  const variants = prepareVariants(content.variants ?? {}, template);
  return { ...template, name, nameKey: name.toLowerCase(), variants };
}
