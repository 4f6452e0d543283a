import { type FieldIssue, invalid } from './errors.js';
import { isLanguageTag, LOCALES } from './i18n/locales.js';
import { isEmailAddress, isSingleLine } from './text-rules.js';
import { isTimeZone } from './time-zones.js';

/** The checks a person's fields must pass before anything is written. */
export interface PersonFields {
  [field: string]: string | null | undefined;
}

type Rule = (value: string) => string | undefined;

const RULES: Record<string, Rule> = {
  name: nameRule,
  firstName: nameRule,
  lastName: nameRule,
  email: (v) => (isEmailAddress(v) ? undefined : `"${clip(v)}" is not a valid email address`),
  timeZone: (v) =>
    isTimeZone(v) ? undefined : `"${clip(v)}" is not an IANA time zone (e.g. Europe/Berlin)`,
  locale: (v) =>
    isLanguageTag(v)
      ? undefined
      : `"${clip(v)}" is not a BCP 47 language tag (e.g. ${LOCALES.join(', ')})`,
  phone: (v) =>
    /^\+?[0-9 ().-]{3,32}$/.test(v) ? undefined : 'must be a phone number such as +1 555 010 2030',
};

function nameRule(value: string): string | undefined {
  if (!isSingleLine(value)) return 'must not contain line breaks or control characters';
  if (value.trim() === '') return 'must not be empty';
  return undefined;
}

function clip(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(shown).slice(1, -1);
}

/** Throws one 400 naming every field that breaks its rule; absent/null fields are skipped. */
export function assertPersonFields(fields: PersonFields): void {
  const issues = personFieldIssues(fields);
  if (issues.length > 0) invalid(issues);
}

/** Every field that breaks its rule, each named `${prefix}${field}` (e.g. "candidate.email"). */
export function personFieldIssues(fields: PersonFields, prefix = ''): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const rule = RULES[field];
    if (!rule || value === undefined || value === null) continue;
    const message = rule(value);
    if (message) issues.push({ field: `${prefix}${field}`, message });
  }
  return issues;
}
