import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import type { Catalog, Messages } from './catalog.js';
import { translate } from './translate.js';

// English, area by area, as the components import it.
const ENGLISH: Catalog[] = Object.values(
  import.meta.glob<Record<string, Catalog>>('./en/*.ts', { eager: true }),
).flatMap((module) => Object.values(module));

// Every other language's catalogs, by path: "./fr/shell.ts".
const TRANSLATED = import.meta.glob<Messages>(['./*/*.ts', '!./en/*.ts', '!./**/*.test.ts'], {
  eager: true,
  import: 'default',
});

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
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
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

/** What a language's catalog of an area gets wrong against English: keys and arguments. */
function differences(english: Messages, translated: Messages): string[] {
  const keys = Object.keys(english);
  return [
    ...keys.filter((key) => !(key in translated)).map((key) => `${key}: missing`),
    ...Object.keys(translated)
      .filter((key) => !keys.includes(key))
      .map((key) => `${key}: not in English`),
    ...keys
      .filter((key) => key in translated)
      .filter((key) => signature(translated[key]!).join() !== signature(english[key]!).join())
      .map((key) => `${key}: ${signature(translated[key]!)} ≠ ${signature(english[key]!)}`),
  ];
}

// The app's own code, as text: not its tests, not the catalogs.
const CODE = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../i18n/**'],
  { eager: true, query: '?raw', import: 'default' },
);
const SOURCES = Object.entries(CODE).map(([path, code]) => {
  const areas = [...code.matchAll(/from '(?:\.\.?\/)+i18n\/en\/([\w-]+)\.js'/g)].map((m) => m[1]);
  return { path, code, areas: new Set(areas) };
});

describe('the coordinator app’s message catalogs', () => {
  it('names each English area after its file', () => {
    const files = Object.keys(import.meta.glob('./en/*.ts')).map((p) => p.slice(5, -3));
    expect(ENGLISH.map((c) => c.area).sort()).toEqual(files.sort());
  });

  it('writes every message in ICU MessageFormat, with no ASCII apostrophe (ICU’s quote)', () => {
    const bad = ENGLISH.flatMap((c) =>
      Object.entries(c.messages).flatMap(([key, message]) => {
        try {
          parse(message);
          return message.includes("'") ? [`${c.area} ${key}: uses '`] : [];
        } catch (error) {
          return [`${c.area} ${key}: ${(error as Error).message}`];
        }
      }),
    );
    expect(bad).toEqual([]);
  });

  it('shows a message without arguments exactly as it is written', () => {
    const changed = ENGLISH.flatMap((c) => {
      const t = translate(c);
      return Object.entries(c.messages)
        .filter(([, message]) => signature(message).length === 0)
        .filter(([key, message]) => t(key, {}) !== message)
        .map(([key]) => `${c.area} ${key}`);
    });
    expect(changed).toEqual([]);
  });

  it('reads the app’s code', () => {
    expect(SOURCES.map((s) => s.path)).toContain('../pages/InterviewsPage.tsx');
  });

  it('defines every key the code asks for, in an area the file imports', () => {
    // Keys are written out where they are formatted: t('list.title'), t(cond ? 'a.b' : 'c.d').
    const undefinedKeys = SOURCES.flatMap(({ path, code, areas }) =>
      [...code.matchAll(/\bt(?:\.rich)?\(([^()]*)/g)]
        .flatMap((call) => [...(call[1] ?? '').matchAll(/'([\w-]+(?:\.[\w-]+)+)'/g)])
        .map((literal) => literal[1] as string)
        .filter((key) => !ENGLISH.some((c) => areas.has(c.area) && key in c.messages))
        .map((key) => `${path}: ${key}`),
    );
    expect(undefinedKeys).toEqual([]);
  });

  it('uses every key somewhere in a file that imports its area', () => {
    // Keys are written out where they are used (no `status.${name}`), so this finds them all.
    const unused = ENGLISH.flatMap((c) => {
      const code = SOURCES.filter((s) => s.areas.has(c.area))
        .map((s) => s.code)
        .join('\n');
      return Object.keys(c.messages)
        .filter((key) => !code.includes(`'${key}'`))
        .map((key) => `${c.area} ${key}`);
    });
    expect(unused).toEqual([]);
  });

  it('gives each other language every area, with English’s keys and arguments', () => {
    const languages = new Set(Object.keys(TRANSLATED).map((path) => path.split('/')[1]));
    const wrong = [...languages].flatMap((locale) =>
      ENGLISH.flatMap((c) => {
        const translated = TRANSLATED[`./${locale}/${c.area}.ts`];
        if (!translated) return [`${locale}/${c.area}.ts: missing`];
        return differences(c.messages, translated).map((d) => `${locale}/${c.area}.ts ${d}`);
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('finds a missing key, an extra one and a changed argument in a language’s catalog', () => {
    const english = { 'a.b': 'Hello {name}', 'a.c': '{n, plural, one {# item} other {# items}}' };
    expect(differences(english, { 'a.b': 'Bonjour {nom}', 'a.d': 'x' })).toEqual([
      'a.c: missing',
      'a.d: not in English',
      'a.b: nom:text ≠ name:text',
    ]);
  });
});
