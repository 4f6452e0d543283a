import { describe, expect, it } from 'vitest';
import type { CandidateChanges } from '../domain/candidate-changes.js';
import { renderCancelPage } from './cancel-page.js';
import { renderInvitationPage } from './invitation-page.js';
import { sampleInvitationView } from './invitation-view.fixture.js';
import {
  type ReschedulePageParts,
  renderReschedulePage,
  renderRescheduleZonePage,
} from './reschedule-page.js';

const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(1)</script>';

function changes(overrides: Partial<CandidateChanges> = {}): CandidateChanges {
  return {
    until: '2026-03-02T09:00:00.000Z',
    cutoffHours: 24,
    reschedulesLeft: 2,
    reschedule: { allowed: true, refusal: null },
    cancel: { allowed: true, refusal: null },
    ...overrides,
  };
}

/** The candidate's invitation as the change pages get it (the API's whole shape). */
function invitation(overrides: Parameters<typeof sampleInvitationView>[0] = {}) {
  return { ...sampleInvitationView(overrides), respondedAt: null };
}

function reschedule(overrides: Partial<ReschedulePageParts> = {}): ReschedulePageParts {
  return {
    invitation: invitation(),
    nonce: 'n0nce',
    token: 'tok/en?',
    durationMinutes: 90,
    timeZone: 'Europe/Berlin',
    zoneChoices: ['Europe/Berlin', 'UTC'],
    more: false,
    paged: false,
    slots: [
      Date.parse('2026-03-04T08:00:00Z'),
      Date.parse('2026-03-04T08:30:00Z'),
      Date.parse('2026-03-05T13:00:00Z'),
    ],
    ...overrides,
  };
}

describe('Need another time? on the Interview Details page', () => {
  it('links the candidate to a new time and to cancelling, saying until when', () => {
    const page = renderInvitationPage(sampleInvitationView({ token: 'a/b' }));
    expect(page).toContain('<h2 id="changes-title">Need another time?</h2>');
    expect(page).toContain(
      'You can move or cancel this interview until 24 hours before the start.',
    );
    expect(page).toContain('<a class="button primary" href="/i/a%2Fb/reschedule">');
    expect(page).toContain('You can move it twice more.');
    expect(page).toContain('<a href="/i/a%2Fb/cancel">Cancel the interview</a>');
  });

  it('past the cut-off, says until when changes were possible and whom to contact, with no links', () => {
    const page = renderInvitationPage(
      sampleInvitationView({
        changes: changes({
          reschedulesLeft: 0,
          reschedule: { allowed: false, refusal: 'cutoff' },
          cancel: { allowed: false, refusal: 'cutoff' },
        }),
      }),
    );
    expect(page).toContain(
      'Changes are possible until 24 hours before the start. To change anything now, please contact Lena Vogel (<a href="mailto:lena.vogel@northwind.example">lena.vogel@northwind.example</a>).',
    );
    expect(page).not.toMatch(/\/reschedule"|\/cancel"/);
  });

  it('at the most reschedules, or with moving switched off, still offers the cancel', () => {
    for (const refusal of ['limit', 'disabled'] as const) {
      const page = renderInvitationPage(
        sampleInvitationView({
          changes: changes({ reschedulesLeft: 0, reschedule: { allowed: false, refusal } }),
        }),
      );
      expect(page).toContain(
        refusal === 'limit'
          ? 'You have already moved this interview as often as allowed. To move it again, please contact Lena Vogel'
          : 'To move it, please contact Lena Vogel',
      );
      expect(page).not.toContain('/reschedule"');
      expect(page).toContain('/cancel"');
    }
  });

  it('shows nothing to interviewers, nor once the interview is cancelled or over', () => {
    const interviewer = sampleInvitationView({
      recipient: { name: 'Jonas Becker', role: 'interviewer' },
      changes: null,
    });
    expect(renderInvitationPage(interviewer)).not.toContain('Need another time?');
    const closed = sampleInvitationView({
      canRespond: false,
      interviewStatus: 'cancelled',
      changes: changes({
        reschedulesLeft: 0,
        reschedule: { allowed: false, refusal: 'closed' },
        cancel: { allowed: false, refusal: 'closed' },
      }),
    });
    expect(renderInvitationPage(closed)).not.toContain('Need another time?');
  });

  it('says "until the start" with no cut-off, and announces a move or a cancel', () => {
    const page = renderInvitationPage(
      sampleInvitationView({ changes: changes({ cutoffHours: 0 }), notice: 'rescheduled' }),
    );
    expect(page).toContain('You can move or cancel this interview until the start.');
    expect(page).toContain('Your interview has moved to the new time.');
    expect(renderInvitationPage(sampleInvitationView({ notice: 'cancelled' }))).toContain(
      'Your interview is cancelled. Everyone invited has been told.',
    );
  });

  it('escapes the organizer and the token in the section', () => {
    const page = renderInvitationPage(
      sampleInvitationView({
        token: HOSTILE,
        organizer: { name: HOSTILE, email: HOSTILE },
        changes: changes({ cancel: { allowed: false, refusal: 'cutoff' } }),
      }),
    );
    expect(page).not.toContain('<img');
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain('href="mailto:');
  });
});

describe('the reschedule page', () => {
  it('lists the free times by day in the shown zone, each a POST button to the move', () => {
    const page = renderReschedulePage(reschedule());
    expect(page).toContain('<h1>Choose a new time</h1>');
    expect(page).toContain('<title>Choose a new time · Northwind Labs</title>');
    expect(page).toContain('Wednesday, 4 March 2026');
    expect(page).toContain('Thursday, 5 March 2026');
    expect(page).toContain(
      'name="startsAt" value="2026-03-04T08:00:00.000Z">09:00 – 10:30</button>',
    );
    expect(page).toContain('<form method="post" action="/i/tok%2Fen%3F/reschedule">');
    expect(page).toContain('<option value="Europe/Berlin" selected>');
    expect(page).toContain('<option value="UTC">');
    expect(page).toContain('<a href="/i/tok%2Fen%3F/reschedule/zone">Another time zone</a>');
    expect(page).not.toContain('Later times');
    expect(page).toContain('Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)');
    expect(page).toContain('You can move it twice more, until 24 hours before the start.');
    expect(page).toContain('<a href="/i/tok%2Fen%3F">Keep the current time</a>');
    expect(page).toContain('<script nonce="n0nce">');
  });

  it('says a chosen time was taken above the fresh ones, and whom to contact when none are left', () => {
    const taken = renderReschedulePage(reschedule({ taken: true }));
    expect(taken).toContain('role="alert">Sorry, that time was just taken.');
    const none = renderReschedulePage(reschedule({ slots: [] }));
    expect(none).toContain(
      'No other time is free for everyone. To find one, please contact Lena Vogel',
    );
    expect(none).not.toMatch(/<form|<script/);
  });

  it('stays under 30 KB with a full page of times, and links to later and earliest ones', () => {
    const start = Date.parse('2030-01-07T09:00:00Z');
    const slots = Array.from({ length: 100 }, (_, k) => start + k * 1_800_000);
    const page = renderReschedulePage(reschedule({ slots, more: true, paged: true }));
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(30 * 1024);
    const last = new Date(slots[99] as number).toISOString();
    expect(page).toContain(
      `<a href="/i/tok%2Fen%3F/reschedule?tz=Europe%2FBerlin&amp;after=${encodeURIComponent(last)}">Later times</a>`,
    );
    expect(page).toContain(
      '<a href="/i/tok%2Fen%3F/reschedule?tz=Europe%2FBerlin">Earliest times</a>',
    );
  });

  it('lists every zone on a page of its own, as a GET back to the times', () => {
    const page = renderRescheduleZonePage({
      nonce: 'n0nce',
      token: 'a/b',
      companyName: 'Northwind Labs',
      brand: { logoUrl: null, accentColor: null },
      locale: 'en',
      timeZone: 'Asia/Kolkata',
    });
    expect(page).toContain('<form method="get" action="/i/a%2Fb/reschedule" class="zone">');
    expect(page).toContain('<option selected>Asia/Kolkata</option>');
    expect(page).toContain('<option>Pacific/Auckland</option>');
  });

  it('escapes every value it shows', () => {
    const page = renderReschedulePage(
      reschedule({
        token: HOSTILE,
        invitation: invitation({
          companyName: HOSTILE,
          title: HOSTILE,
          recipient: { name: HOSTILE, role: 'candidate' },
          organizer: { name: HOSTILE, email: HOSTILE },
        }),
        slots: [],
      }),
    );
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>');
  });
});

describe('the cancel page', () => {
  it('is the confirm step: the interview, a required reason and one button posting the cancel', () => {
    const page = renderCancelPage({
      invitation: invitation(),
      nonce: 'n0nce',
      token: 'a/b',
    });
    expect(page).toContain('<h1>Cancel your interview?</h1>');
    expect(page).toContain('<form method="post" action="/i/a%2Fb/cancel">');
    expect(page).toContain('<label for="cancel-reason">Reason (required)</label>');
    expect(page).toContain(
      '<textarea id="cancel-reason" name="reason" required maxlength="1000" rows="4" aria-describedby="cancel-hint">',
    );
    expect(page).toContain('>Cancel the interview</button>');
    expect(page).toContain('<a href="/i/a%2Fb">Keep my interview</a>');
    expect(page).not.toContain('<script');
  });

  it('comes back with the problem at the field and the text kept, escaped', () => {
    const page = renderCancelPage({
      invitation: invitation(),
      nonce: 'n0nce',
      token: 'a',
      refused: true,
      reason: '</textarea><script>alert(1)</script>',
    });
    expect(page).toContain(
      '<p id="cancel-error" class="status closed" role="alert">Please write your reason, in at most 1000 characters.',
    );
    expect(page).toContain('aria-describedby="cancel-error cancel-hint" aria-invalid="true"');
    expect(page).toContain('&lt;/textarea&gt;&lt;script&gt;');
    expect(page).not.toContain('<script>');
  });
});
