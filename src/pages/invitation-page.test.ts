import { describe, expect, it } from 'vitest';
import { LOCALES } from '../domain/i18n/locales.js';
import { translator } from '../domain/i18n/translate.js';
import { renderInvitationNotFound, renderInvitationPage } from './invitation-page.js';
import { sampleInvitationView } from './invitation-view.fixture.js';

const HOSTILE = '"><img src=x onerror=alert(1)><script>alert(1)</script>';

/** Every element start tag in the page with its quoted attribute values blanked, e.g. `<form method="" action="">`. */
function tags(page: string): string[] {
  return (page.match(/<[a-z][^>]*>/g) ?? []).map((tag) => tag.replace(/"[^"]*"/g, '""'));
}

function text(page: string): string {
  return page.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
}

describe('renderInvitationPage', () => {
  it('shows the heading, the interview facts and the organizer contact', () => {
    const page = renderInvitationPage(sampleInvitationView());
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h1>Interview Details</h1>');
    expect(page).toContain('Technical interview');
    expect(page).toContain('Senior Backend Engineer');
    expect(page).toContain(
      '<time datetime="2026-03-03T09:00:00.000Z" data-end="2026-03-03T10:30:00.000Z" data-zone="Europe/Berlin" data-local="{time} your time ({zone})">Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)</time>',
    );
    expect(page).toContain('Friedrichstraße 68');
    expect(page).toContain(
      '<a href="https://meet.example.com/abc-defg-hij" rel="noopener noreferrer">',
    );
    expect(text(page)).toContain('Jonas Becker (Interviewer)');
    expect(text(page)).toContain('Amira Haddad (Candidate)');
    expect(page).toContain('<a href="mailto:lena.vogel@northwind.example">');
  });

  it('carries the head metadata a token-bearing phone page needs', () => {
    const page = renderInvitationPage(sampleInvitationView());
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<meta name="referrer" content="no-referrer">');
    expect(page).toContain('<title>Interview Details · Northwind Labs</title>');
    expect(page).toMatch(/<header>[\s\S]*<main>[\s\S]*<\/main><footer>/);
  });

  it('escapes every text field, so hostile values stay text', () => {
    const page = renderInvitationPage(
      sampleInvitationView({
        companyName: HOSTILE,
        title: HOSTILE,
        jobTitle: HOSTILE,
        recipient: { name: HOSTILE, role: 'interviewer' },
        when: { startsAt: HOSTILE, endsAt: HOSTILE, text: HOSTILE, timeZone: HOSTILE },
        location: HOSTILE,
        meetingUrl: HOSTILE,
        notes: HOSTILE,
        people: [{ name: HOSTILE, role: 'candidate' }],
        organizer: { name: HOSTILE, email: HOSTILE },
        attendance: 'declined',
        declineReason: HOSTILE,
        token: HOSTILE,
      }),
    );
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>');
    for (const tag of tags(page)) expect(tag).not.toMatch(/\son[a-z]+=/i);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
    expect(page).not.toContain('href="mailto:');
  });

  it('renders a javascript: or other non-web meeting URL as plain text, not as a link', () => {
    for (const meetingUrl of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x']) {
      const page = renderInvitationPage(sampleInvitationView({ meetingUrl }));
      expect(page).not.toContain('href="javascript');
      expect(page).not.toContain('href="data');
      expect(page).not.toContain(' JavaScript:alert(1)">');
      expect(text(page)).toContain(meetingUrl.trim());
    }
  });

  it('puts the nonce on the one style and the one script, with no handlers or style attributes', () => {
    const page = renderInvitationPage(sampleInvitationView({ nonce: 'n0nce+/=' }));
    expect(page.match(/<style[^>]*>/g)).toEqual(['<style nonce="n0nce+/=">']);
    expect(page.match(/<script[^>]*>/g)).toEqual(['<script nonce="n0nce+/=">']);
    for (const tag of tags(page)) {
      expect(tag).not.toMatch(/\s(on[a-z]+|style)=/i);
      expect(tag).not.toMatch(/\s(src|srcset)=/i);
    }
    expect(page).not.toMatch(/<link|<img|<iframe|@import|url\(/i);
  });

  it('posts Confirm and Decline to the token actions, encoding the token', () => {
    const page = renderInvitationPage(sampleInvitationView({ token: 'a/b?c' }));
    expect(page).toContain(
      '<form method="post" action="/i/a%2Fb%3Fc/confirm"><button type="submit" class="primary">Confirm</button></form>',
    );
    expect(page).toContain('<form method="post" action="/i/a%2Fb%3Fc/decline">');
    expect(page).toContain('<summary>Can’t make it?</summary>');
    expect(page).toContain('<label for="reason">Reason (optional)</label>');
    expect(page).toContain(
      '<textarea id="reason" name="reason" maxlength="1000" rows="3" aria-describedby="reason-hint">',
    );
    expect(page).toContain('>Decline</button>');
  });

  it('asks a pending recipient to confirm', () => {
    const page = renderInvitationPage(sampleInvitationView());
    expect(page).toContain('Please confirm that you will attend.');
  });

  it('shows a confirmation and still offers Decline, without a second Confirm', () => {
    const page = renderInvitationPage(sampleInvitationView({ attendance: 'confirmed' }));
    expect(page).toContain('You have confirmed your attendance.');
    expect(page).not.toContain('/confirm"');
    expect(page).toContain('/decline"');
    expect(page).toContain('Can’t make it after all?');
    expect(page).not.toContain('Everyone has confirmed');
  });

  it('says when everyone has confirmed and the interview is scheduled', () => {
    const view = sampleInvitationView({ attendance: 'confirmed', interviewStatus: 'scheduled' });
    expect(renderInvitationPage(view)).toContain('Everyone has confirmed: the interview is on.');
  });

  it('shows a decline with its reason and offers Confirm again, without a second Decline', () => {
    const page = renderInvitationPage(
      sampleInvitationView({ attendance: 'declined', declineReason: 'I accepted another offer' }),
    );
    expect(page).toContain('You declined: I accepted another offer');
    expect(page).toContain('Changed your mind? You can still confirm.');
    expect(page).toContain('/confirm"');
    expect(page).not.toContain('/decline"');
  });

  it('shows a decline without a reason plainly', () => {
    const page = renderInvitationPage(sampleInvitationView({ attendance: 'declined' }));
    expect(page).toContain('You declined this interview.');
  });

  it('offers no buttons once the interview is cancelled, and says so', () => {
    const page = renderInvitationPage(
      sampleInvitationView({
        canRespond: false,
        interviewStatus: 'cancelled',
        attendance: 'confirmed',
      }),
    );
    expect(page).toContain('This interview has been cancelled.');
    expect(page).not.toMatch(/<form|<button|<textarea/);
    expect(page).not.toContain('You have confirmed');
  });

  it('says a cancellation at the top of the page, before anything else', () => {
    const page = renderInvitationPage(
      sampleInvitationView({ interviewStatus: 'cancelled', canRespond: false }),
    );
    const status = page.indexOf('This interview has been cancelled.');
    expect(status).toBeGreaterThan(-1);
    expect(status).toBeLessThan(page.indexOf('Hello Amira Haddad'));
    expect(page).not.toContain('Add to calendar');
  });

  it('puts Confirm right after the time, before the place, people and notes', () => {
    const page = renderInvitationPage(sampleInvitationView());
    const confirm = page.indexOf('>Confirm</button>');
    expect(confirm).toBeGreaterThan(page.indexOf('<dt>When</dt>'));
    expect(confirm).toBeLessThan(page.indexOf('<dt>Where</dt>'));
    expect(confirm).toBeLessThan(page.indexOf('<dt>Notes</dt>'));
  });

  it('offers Add to calendar: the event file, and Google and Outlook filled in with the interview', () => {
    const page = renderInvitationPage(sampleInvitationView({ title: 'Tech & talk' }));
    expect(page).toContain('<h2 id="calendar-title">Add to calendar</h2>');
    expect(page).toContain(
      '<a href="/i/tok_8f3a9c2e71d04b5fa6e0c9d2b7a41e55/event.ics" download="interview.ics">',
    );
    const google = /href="(https:\/\/calendar\.google\.com[^"]*)"/.exec(page)?.[1] ?? '';
    const params = new URL(google.replaceAll('&amp;', '&')).searchParams;
    expect(params.get('text')).toBe('Tech & talk');
    expect(params.get('dates')).toBe('20260303T090000Z/20260303T103000Z');
    expect(params.get('location')).toContain('Friedrichstraße 68');
    const outlook = /href="(https:\/\/outlook\.live\.com[^"]*)"/.exec(page)?.[1] ?? '';
    const o = new URL(outlook.replaceAll('&amp;', '&')).searchParams;
    expect(o.get('startdt')).toBe('2026-03-03T09:00:00.000Z');
    expect(o.get('subject')).toBe('Tech & talk');
    expect(renderInvitationPage(sampleInvitationView({ attendance: 'declined' }))).not.toContain(
      'Add to calendar',
    );
  });

  it('offers no buttons once the interview is over, and says so', () => {
    const page = renderInvitationPage(
      sampleInvitationView({ canRespond: false, interviewStatus: 'completed' }),
    );
    expect(page).toContain('This interview has already taken place, so replies are closed.');
    expect(page).not.toMatch(/<form|<button|<textarea/);
    expect(page).not.toContain('Please confirm');
  });

  it('announces the one-off notice after a reply, and shows none otherwise', () => {
    const cases = {
      confirmed: 'Your attendance is confirmed.',
      declined: 'The organizer has been told that you cannot attend.',
      already: 'You had already sent this reply, so nothing has changed.',
    } as const;
    for (const [notice, words] of Object.entries(cases)) {
      const page = renderInvitationPage(
        sampleInvitationView({ notice: notice as keyof typeof cases }),
      );
      expect(page).toMatch(new RegExp(`<p class="status notice" role="status">[^<]*${words}</p>`));
    }
    expect(renderInvitationPage(sampleInvitationView())).not.toContain('role="status"');
  });

  it('greets the recipient by name and role', () => {
    expect(renderInvitationPage(sampleInvitationView())).toContain(
      'Hello Amira Haddad, Northwind Labs has invited you to an interview.',
    );
    const interviewer = sampleInvitationView({
      recipient: { name: 'Jonas Becker', role: 'interviewer' },
    });
    expect(renderInvitationPage(interviewer)).toContain(
      'Hello Jonas Becker, you are invited to interview a candidate for Northwind Labs.',
    );
  });

  it('leaves out the job, place, people and notes when there are none', () => {
    const page = renderInvitationPage(
      sampleInvitationView({
        jobTitle: null,
        location: null,
        meetingUrl: null,
        notes: null,
        people: [],
      }),
    );
    expect(page).not.toMatch(/<dt>(Where|Who|Notes)<\/dt>/);
    expect(page).not.toContain('class="sub"');
  });

  it('stays under 15 KB for a realistic view', () => {
    const page = renderInvitationPage(sampleInvitationView({ notes: 'Bring ID. '.repeat(40) }));
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(15 * 1024);
  });
});

describe('the Interview Details page in every language', () => {
  it.each(LOCALES)('is written in %s, html lang and all, and stays under 30 KB', (locale) => {
    const page = renderInvitationPage(sampleInvitationView({ locale }));
    const t = translator(locale);
    expect(page).toContain(`<html lang="${locale}">`);
    expect(page).toContain(`<h1>${t.text('details.heading')}</h1>`);
    expect(page).toContain(`>${t.text('reply.confirm')}</button>`);
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(30 * 1024);
  });

  it('reads a regional tag as its language and an unknown one as English', () => {
    expect(renderInvitationPage(sampleInvitationView({ locale: 'pt-PT' }))).toContain(
      '<html lang="pt-BR">',
    );
    expect(renderInvitationPage(sampleInvitationView({ locale: 'nl' }))).toContain(
      '<html lang="en">',
    );
  });
});

describe('renderInvitationNotFound', () => {
  it('says the link is not valid, under the nonce, with no script and nothing about an interview', () => {
    const page = renderInvitationNotFound('n0nce', 'en');
    expect(page).toContain('<h1>This link is not valid</h1>');
    expect(page).toContain('<style nonce="n0nce">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('<script');
    expect(page).not.toMatch(/<form|<time|\/i\/|mailto:/);
  });

  it('escapes the nonce it is given', () => {
    expect(renderInvitationNotFound('"><script>', 'en')).toContain(
      '<style nonce="&quot;&gt;&lt;script&gt;">',
    );
  });
});
