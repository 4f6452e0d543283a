import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './catalogs/en.js';
import { EMAIL_ARGUMENTS } from './email-wording.js';
import { LOCALES } from './locales.js';
import { CATALOGS, translator } from './translate.js';

const KEYS = Object.keys(en) as MessageKey[];

/** "name:type" for every argument, "<tag>" for every tag, sorted: a message's signature. */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) found.add(`${element.value}:text`);
      if (element.type === TYPE.number) found.add(`${element.value}:number`);
      if (element.type === TYPE.date || element.type === TYPE.time) {
        found.add(`${element.value}:date`);
      }
      if (element.type === TYPE.plural) {
        found.add(`${element.value}:plural`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.select) {
        found.add(`${element.value}:select`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

// Every source file that may name a message key: the server, not its tests or the catalogs.
function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'catalogs' ? '' : sourceText(path);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

describe('the message catalogs', () => {
  it.each(LOCALES)('%s has every key of the English catalog and no other', (locale) => {
    const keys = Object.keys(CATALOGS[locale]);
    expect(KEYS.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !(KEYS as string[]).includes(k))).toEqual([]);
  });

  it.each(LOCALES)('%s gives each message the same arguments and tags as English', (locale) => {
    const differing = KEYS.filter(
      (key) => signature(CATALOGS[locale][key]).join() !== signature(en[key]).join(),
    ).map((key) => `${key}: ${signature(CATALOGS[locale][key])} ≠ ${signature(en[key])}`);
    expect(differing).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s leaves no message in English', (locale) => {
    const same = KEYS.filter((key) => key !== 'page.title' && CATALOGS[locale][key] === en[key]);
    // German writes "Details: {link}" as English does.
    expect(same.filter((key) => !(locale === 'de' && key === 'email.upcoming.details'))).toEqual(
      [],
    );
  });

  it.each(LOCALES)(
    '%s holds no markup but <b>, and no ASCII apostrophe (ICU quoting)',
    (locale) => {
      const bad = KEYS.filter((key) => {
        const text = CATALOGS[locale][key].replace(/<\/?b>/g, '');
        return /[<>&']/.test(text) || text.includes('{{') || text.includes('{%');
      });
      expect(bad).toEqual([]);
    },
  );

  it('lets email messages use only the arguments their templates fill in', () => {
    const allowed = new Set([...EMAIL_ARGUMENTS, 'subject']);
    const emails = KEYS.filter((key) => /^(email|update|organizer)\./.test(key));
    const strays = emails.flatMap((key) =>
      signature(en[key])
        .filter((s) => !s.startsWith('<'))
        .map((s) => s.split(':')[0] as string)
        .filter((name) => !allowed.has(name))
        .map((name) => `${key}: {${name}}`),
    );
    expect(strays).toEqual([]);
  });

  it('uses every key somewhere in the code', () => {
    const code = sourceText(join(import.meta.dirname, '..', '..'));
    // Keys are written out where they are used (no `notice.${name}`), so this finds them all.
    const unused = KEYS.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it.each(LOCALES)('%s formats every message without an error', (locale) => {
    const t = translator(locale);
    const values = { b: (chunks: unknown[]) => chunks.join('') };
    for (const key of KEYS) {
      const sample = Object.fromEntries(
        signature(en[key])
          .filter((s) => !s.startsWith('<'))
          .map((s) => s.split(':') as [string, string])
          .map(([name, type]) => [name, type === 'plural' ? 2 : `«${name}»`]),
      );
      expect(t.text(key, { ...sample, ...values }), key).not.toMatch(/[{}]/);
    }
  });
});
