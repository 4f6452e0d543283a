import { invalid } from '../domain/errors.js';
import { type PreparedTemplate, prepareTemplate } from '../domain/template-prepare.js';
import { isSingleLine } from '../domain/text-rules.js';

export interface TemplateContent {
  name: string;
  subject: string;
  body: string;
}

/** What is stored: the checked content plus the trimmed name and its search key. */
export interface StoredTemplateContent extends PreparedTemplate {
  name: string;
  nameKey: string;
}

/** Checks a template's name and content before it is saved; nothing is written on failure. */
export function prepareStoredTemplate(content: TemplateContent): StoredTemplateContent {
  const name = content.name.trim();
  if (name === '' || !isSingleLine(name)) {
    invalid([{ field: 'name', message: 'must be a non-empty single line' }]);
  }
  return { ...prepareTemplate(content), name, nameKey: name.toLowerCase() };
}
