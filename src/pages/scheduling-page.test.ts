import { describe, expect, it } from 'vitest';
import { PAGE_TIMES } from '../domain/scheduling-rules.js';
import {
  renderSchedulingPage,
  renderZonePage,
  type SchedulingPageParts,
} from './scheduling-page.js';

const HOSTILE = '<script>alert(1)</script>"\'&';

function view(overrides: Partial<SchedulingPageParts> = {}): SchedulingPageParts {
  return {
    nonce: 'n0nce',
    token: 'tok/en?',
    companyName: 'Example Corp',
    brand: { logoUrl: null, accentColor: null },
    locale: 'en',
    title: 'Technical interview',
    durationMinutes: 45,
    location: null,
    meetingUrl: null,
    candidateName: 'Ada',
    candidateLocale: null,
    status: 'opened',
    timeZone: 'Europe/Berlin',
    slots: [
      Date.parse('2030-01-15T08:00:00Z'),
      Date.parse('2030-01-15T08:30:00Z'),
      Date.parse('2030-01-16T23:30:00Z'),
    ],
    more: false,
    paged: false,
    zoneChoices: ['Europe/Berlin', 'America/New_York', 'UTC'],
    ...overrides,
  };
}

describe('the candidate scheduling page', () => {
  it('groups the free times by day in the shown zone, each a POST button carrying its UTC start', () => {
    const page = renderSchedulingPage(view());
    expect(page).toContain('Tuesday, 15 January 2030');
    // 23:30Z on the 16th is 00:30 on the 17th in Berlin.
    expect(page).toContain('Thursday, 17 January 2030');
    expect(page).toContain(
      '<button name="startsAt" value="2030-01-15T08:00:00.000Z">09:00 – 09:45</button>',
    );
    expect(page).toContain('<form method="post" action="/s/tok%2Fen%3F/book">');
    expect(page).toContain('<option value="Europe/Berlin" selected>');
    expect(page).toContain('<script nonce="n0nce">');
    // The short zone list, and the way to every other zone.
    expect(page).toContain('<option value="America/New_York">');
    expect(page).toContain('<a href="/s/tok%2Fen%3F/zone">Another time zone</a>');
    expect(page).not.toContain('Later times');
  });

  it('pages long lists of times: later ones after the last shown, and back to the earliest', () => {
    const first = renderSchedulingPage(view({ more: true }));
    expect(first).toContain(
      'href="/s/tok%2Fen%3F?tz=Europe%2FBerlin&amp;after=2030-01-16T23%3A30%3A00.000Z">Later times</a>',
    );
    expect(first).not.toContain('Earliest times');
    const last = renderSchedulingPage(view({ paged: true }));
    expect(last).toContain('href="/s/tok%2Fen%3F?tz=Europe%2FBerlin">Earliest times</a>');
    expect(last).not.toContain('Later times');
  });

  it('stays under 30 KB with a full page of times, a long title and an address', () => {
    const start = Date.parse('2030-01-14T08:00:00Z');
    const slots = Array.from({ length: PAGE_TIMES }, (_, i) => start + i * 30 * 60_000);
    const page = renderSchedulingPage(
      view({
        slots,
        more: true,
        paged: true,
        title: 'Senior Software Engineer, Platform Reliability — final round'.repeat(2),
        location: 'Example Corp, 4th floor, Alexanderplatz 1, 10178 Berlin, Germany',
        meetingUrl: 'https://meet.example.com/abc-defg-hij?pwd=0123456789abcdef',
      }),
    );
    expect(page.match(/name="startsAt"/g)).toHaveLength(PAGE_TIMES);
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(30 * 1024);
  });

  it('lists every zone on a page of its own, the shown one chosen, as a GET to the times page', () => {
    const page = renderZonePage({
      nonce: 'n0nce',
      token: 'tok/en?',
      companyName: HOSTILE,
      brand: { logoUrl: null, accentColor: null },
      locale: 'en',
      timeZone: 'Asia/Kolkata',
    });
    expect(page).toContain('<form method="get" action="/s/tok%2Fen%3F" class="zone">');
    expect(page).toContain('<option selected>Asia/Kolkata</option>');
    expect(page).toContain('<option>Pacific/Auckland</option>');
    expect(page).not.toContain('<script>alert');
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(30 * 1024);
  });

  it('escapes everything the coordinator or candidate wrote', () => {
    const page = renderSchedulingPage(
      view({
        title: HOSTILE,
        location: HOSTILE,
        meetingUrl: `javascript:${HOSTILE}`,
        candidateName: HOSTILE,
        companyName: HOSTILE,
      }),
    );
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    // A link that is not http(s) is shown as text, never as an href.
    expect(page).not.toContain('href="javascript:');
  });

  it('offers no times and no script once booked, cancelled or expired, and says why', () => {
    for (const [status, line] of [
      ['booked', 'You have booked your interview.'],
      ['cancelled', 'This request has been withdrawn.'],
      ['expired', 'The time for choosing has passed.'],
    ] as const) {
      const page = renderSchedulingPage(view({ status, slots: [] }));
      expect(page).toContain(line);
      expect(page).not.toContain('name="startsAt"');
      expect(page).not.toContain('<script');
    }
  });

  it('says when the chosen time was taken, and when no time is left', () => {
    expect(renderSchedulingPage(view({ taken: true }))).toContain('that time was just taken');
    expect(renderSchedulingPage(view({ slots: [] }))).toContain('No free times are left.');
  });
});
