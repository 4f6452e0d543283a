import { describe, expect, it } from 'vitest';
import { renderSchedulingPage, type SchedulingPageParts } from './scheduling-page.js';

const HOSTILE = '<script>alert(1)</script>"\'&';

function view(overrides: Partial<SchedulingPageParts> = {}): SchedulingPageParts {
  return {
    nonce: 'n0nce',
    token: 'tok/en?',
    companyName: 'Example Corp',
    title: 'Technical interview',
    durationMinutes: 45,
    location: null,
    meetingUrl: null,
    candidateName: 'Ada',
    status: 'opened',
    timeZone: 'Europe/Berlin',
    slots: [
      Date.parse('2030-01-15T08:00:00Z'),
      Date.parse('2030-01-15T08:30:00Z'),
      Date.parse('2030-01-16T23:30:00Z'),
    ],
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
      'name="startsAt" value="2030-01-15T08:00:00.000Z">09:00 – 09:45</button>',
    );
    expect(page).toContain('<form method="post" action="/s/tok%2Fen%3F/book">');
    expect(page).toContain('<option selected>Europe/Berlin</option>');
    expect(page).toContain('<script nonce="n0nce">');
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
