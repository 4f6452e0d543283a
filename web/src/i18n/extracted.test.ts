import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The app's components and helpers, as text: not their tests, not the catalogs.
const CODE = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../i18n/**'],
  { eager: true, query: '?raw', import: 'default' },
);

// Props and object keys whose string is read or heard by a person.
const WORDED_PROPS = new Set([
  'label',
  'placeholder',
  'title',
  'description',
  'aria-label',
  'alt',
  'message',
  'confirmLabel',
  'cancelLabel',
  'nothingFoundMessage',
]);

// Text that is not language: empty, punctuation and symbols, numbers, units, code.
const NOT_WORDS = /^(?:[\s\d\p{P}\p{S}]|&[a-z]+;)*$/u;
const CODE_LIKE = [
  /^[A-Z][A-Z0-9_]+$/, // COMPANY_NAME
  /^#[0-9a-f]{3,8}$/i, // #1d4ed8
  /^https?:\/\//, // an example URL
  /^[a-z][a-z0-9]*(\.[a-z0-9_]+)+$/, // a token or event name: interview.link
  /^\{\{.*\}\}$/, // a template token as it is written
  /^Convene$/, // the product's name
];

function isWords(text: string): boolean {
  const trimmed = text.trim();
  if (NOT_WORDS.test(trimmed)) return false;
  return !CODE_LIKE.some((pattern) => pattern.test(trimmed));
}

/** Every place in a file's source that writes words to the screen without the catalog. */
function literalWords(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.replace('../', 'web/src/')}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const wordsOf = (node: ts.Expression | undefined): string | null => {
    if (!node) return null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return isWords(node.text) ? node.text : null;
    }
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      const text = parts.join(' ');
      return isWords(text) ? text : null;
    }
    if (ts.isJsxExpression(node)) return wordsOf(node.expression);
    if (ts.isConditionalExpression(node)) return wordsOf(node.whenTrue) ?? wordsOf(node.whenFalse);
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && isWords(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && WORDED_PROPS.has(node.name.getText(file))) {
      const initializer = node.initializer as ts.Expression | undefined;
      const words = wordsOf(initializer);
      if (words && initializer) at(initializer, words);
    }
    if (ts.isPropertyAssignment(node) && WORDED_PROPS.has(node.name.getText(file))) {
      const words = wordsOf(node.initializer);
      if (words) at(node.initializer, words);
    }
    if (ts.isJsxExpression(node) && node.parent && ts.isJsxElement(node.parent)) {
      const words = wordsOf(node.expression);
      if (words) at(node, words);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the coordinator app writes its words through the catalogs', () => {
  it('has no words in its components outside the catalogs', () => {
    const left = Object.entries(CODE).flatMap(([path, source]) => literalWords(path, source));
    expect(left).toEqual([]);
  });

  it('finds the words a component could write without the catalog', () => {
    const sample = `
      const a = <Button title="Save it" aria-label={'Close window'}>Send Invites</Button>;
      notifications.show({ message: \`Template \${name} saved\` });
      const b = <Text>{done ? 'All set' : null} {count} · {t('x.y')}</Text>;
      const c = <Input label={t('form.name')} placeholder="COMPANY_NAME" description="#1d4ed8" />;
    `;
    expect(
      literalWords('../sample.tsx', sample).map((line) => line.split(' ').slice(1).join(' ')),
    ).toEqual(['"Save it"', '"Close window"', '"Send Invites"', '"Template   saved"', '"All set"']);
  });
});
