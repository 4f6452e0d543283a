import { describe, expect, it } from 'vitest';
import { foldForSearch, SEARCH_FOLDS } from './search-text.js';

// What PostgreSQL's convene_fold does with an accented letter even where its lower() leaves
// letters beyond ASCII alone (a "C" locale): translate() with SEARCH_FOLDS, which lists both
// cases.
function translateFold(text: string): string {
  return [...text]
    .map((c) => {
      const at = [...SEARCH_FOLDS.from].indexOf(c);
      return at === -1 ? c.toLowerCase() : ([...SEARCH_FOLDS.to][at] as string);
    })
    .join('');
}

describe('search folding', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('Jürgen MÜLLER')).toBe('jurgen muller');
    expect(foldForSearch('Thảo Nguyễn')).toBe('thao nguyen');
    expect(foldForSearch('Çağla Şahin')).toBe('cagla sahin');
  });

  it('folds each accented Latin letter the same in PostgreSQL’s table as in the SQLite function', () => {
    expect([...SEARCH_FOLDS.from]).toHaveLength([...SEARCH_FOLDS.to].length);
    for (const range of [
      [0x00c0, 0x024f],
      [0x1e00, 0x1eff],
    ] as const) {
      for (let code = range[0]; code <= range[1]; code++) {
        const letter = String.fromCodePoint(code);
        const folded = foldForSearch(letter);
        // A letter that folds to two (none in practice but ligatures) is left alone by both.
        if ([...folded].length !== 1) continue;
        expect(translateFold(letter), `U+${code.toString(16)} ${letter}`).toBe(folded);
      }
    }
  });
});
