import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nowDbTime, toDbTime } from './time.js';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('db/time', () => {
  it('writes ISO 8601 in UTC with milliseconds, which sorts as text in time order', () => {
    expect(toDbTime(new Date(Date.UTC(2026, 2, 29, 1, 2, 3, 4)))).toBe('2026-03-29T01:02:03.004Z');
    expect(nowDbTime()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(
      toDbTime(new Date('2026-10-25T09:00:00+02:00')) < toDbTime(new Date('2026-10-25T08:30:00Z')),
    ).toBe(true);
  });

  // ADR 002: stored timestamps are written through db/time.ts, so their format lives in one
  // place. A time that is not stored (an API value computed on the fly) says so on its line.
  it('is the only place in src/ that formats a time for storage', () => {
    const offenders = sourceFiles(SRC).flatMap((file) => {
      const name = relative(SRC, file);
      if (name === join('db', 'time.ts')) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${name}:${i + 1}` }))
        .filter(({ line }) => line.includes('.toISOString(') && !line.includes('// not stored'))
        .map(({ at, line }) => `${at}: ${line.trim()}`);
    });
    expect(offenders).toEqual([]);
  });
});
