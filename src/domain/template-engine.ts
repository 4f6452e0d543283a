import { Liquid, TokenizationError, Tokenizer, type TopLevelToken } from 'liquidjs';

/**
 * The Liquid engine whose tokenizer reads user templates (template-syntax.ts validates them,
 * template-render.ts splits them into text and tokens). Nothing is rendered through it: a
 * validated template is plain `{{ token }}` outputs, which rendering fills in itself. The strict
 * options are kept so that anything ever rendered through this engine meets the same fence:
 * unknown variables and filters throw, lookups never climb the prototype chain, and the empty
 * in-memory `templates` map replaces the file system.
 */
const liquid = new Liquid({
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  templates: {},
  relativeReference: false,
  dynamicPartials: false,
  cache: false,
  renderLimit: 1_000,
  memoryLimit: 10_000_000,
});

/** Where a template stopped being readable: the offset of the unclosed `{{` or `{%`. */
export interface TokenizeFailure {
  offset: number;
  message: string;
}

export interface Tokenized {
  /** Every token read before any failure, so valid-but-unknown names are still reported. */
  tokens: TopLevelToken[];
  failure?: TokenizeFailure;
}

/** Splits a template into Liquid's top-level tokens (text, `{{ }}` outputs, `{% %}` tags). */
export function tokenize(source: string): Tokenized {
  try {
    return { tokens: read(source) };
  } catch (error) {
    if (!(error instanceof TokenizationError)) throw error;
    // Liquid stops at the first unreadable delimiter; what precedes it is still well formed.
    // Its error points at or just after the opening braces, so look back for them.
    const at = error.token.begin;
    const offset = Math.max(source.lastIndexOf('{{', at), source.lastIndexOf('{%', at), 0);
    const snippet = clip(source.slice(offset, offset + 100).split('\n')[0] ?? '');
    const message = source.startsWith('{%', offset)
      ? `tags like "${snippet}" are not allowed, only {{ token }}`
      : `"${snippet}" opens {{ but never closes it with }}`;
    return { tokens: readOrNothing(source.slice(0, offset)), failure: { offset, message } };
  }
}

function readOrNothing(source: string): TopLevelToken[] {
  try {
    return read(source);
  } catch {
    return [];
  }
}

function read(source: string): TopLevelToken[] {
  return new Tokenizer(source, liquid.options.operators).readTopLevelTokens(liquid.options);
}

/**
 * 1-based line and column of offsets in `text`, counting LF as the line break. The line starts
 * are found once and each offset is a binary search among them, so naming many positions in a
 * long text stays linear (slicing the text up to each one was quadratic: 35 s for 33,000 issues).
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/** Shortens text quoted in an error message. */
export function clip(text: string, length = 30): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
