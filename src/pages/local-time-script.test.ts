import { describe, expect, it } from 'vitest';
import { LOCAL_TIME_SCRIPT } from './local-time-script.js';

interface FakeNode {
  className?: string;
  textContent?: string;
}

/** Runs the script against a one-element fake document, in a browser set to `browserZone`. */
function run(browserZone: string, attributes: Record<string, string>, lang = 'en-GB'): FakeNode[] {
  const inserted: FakeNode[] = [];
  const time = {
    nextSibling: null,
    getAttribute: (name: string) => attributes[name] ?? null,
    parentNode: { insertBefore: (node: FakeNode) => inserted.push(node) },
  };
  const document = {
    documentElement: { lang },
    querySelector: () => time,
    createElement: (): FakeNode => ({}),
  };
  class BrowserDateTimeFormat extends Intl.DateTimeFormat {
    constructor(locale?: string, options?: Intl.DateTimeFormatOptions) {
      super(locale, { timeZone: browserZone, ...options });
    }
  }
  new Function('document', 'Intl', LOCAL_TIME_SCRIPT)(document, {
    DateTimeFormat: BrowserDateTimeFormat,
  });
  return inserted;
}

const berlinMorning = {
  datetime: '2026-03-03T09:00:00.000Z',
  'data-end': '2026-03-03T10:30:00.000Z',
  'data-zone': 'Europe/Berlin',
  'data-local': '{time} your time ({zone})',
};

describe('the local time script', () => {
  it('adds the time in the browser zone when its wall clock differs from the server zone', () => {
    const [note] = run('Asia/Tokyo', berlinMorning);
    expect(note).toEqual({
      className: 'local',
      textContent: 'Tue 3 Mar, 18:00 – 19:30 your time (Asia/Tokyo)',
    });
  });

  it('names the end day too when the interview crosses midnight in the browser zone', () => {
    const [note] = run('Pacific/Kiritimati', berlinMorning);
    expect(note?.textContent).toBe(
      'Tue 3 Mar, 23:00 – Wed 4 Mar, 00:30 your time (Pacific/Kiritimati)',
    );
  });

  it('writes the line in the page language, dates as that language writes them', () => {
    const french = { ...berlinMorning, 'data-local': '{time}, votre heure ({zone})' };
    const [note] = run('Asia/Tokyo', french, 'fr');
    expect(note?.textContent).toBe('mar. 3 mars, 18:00 – 19:30, votre heure (Asia/Tokyo)');
  });

  it('does nothing in the same zone or in another zone that shows the same clock', () => {
    expect(run('Europe/Berlin', berlinMorning)).toEqual([]);
    expect(run('Europe/Paris', berlinMorning)).toEqual([]);
  });

  it('does nothing when the time element carries an unreadable date or zone', () => {
    expect(run('Asia/Tokyo', { ...berlinMorning, datetime: 'soon' })).toEqual([]);
    expect(run('Asia/Tokyo', { ...berlinMorning, 'data-zone': 'Not/AZone' })).toEqual([]);
  });
});
