import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateBranding } from '../../src/branding/update-branding.js';
import { LOGO_MAX_BYTES } from '../../src/domain/branding.js';
import { en } from '../../src/domain/i18n/catalogs/en.js';
import { LOCALES } from '../../src/domain/i18n/locales.js';
import { translator } from '../../src/domain/i18n/translate.js';
import { createInterview } from '../../src/interviews/create-interview.js';
import { createUser } from '../../src/people/create-user.js';
import { noisePng } from '../helpers/images.js';
import {
  adminActor,
  launchBrowser,
  linkInEmail,
  screenshot,
  sendSeededInvites,
  startServer,
} from './browser.js';

/**
 * The literal English of every catalog message, in pieces of two words or more: what is left
 * of a message once its arguments, plurals and tags are taken out.
 */
function englishSentences(): string[] {
  const pieces = new Set<string>();
  for (const message of Object.values(en)) {
    let depth = 0;
    let piece = '';
    for (const char of message.replace(/<\/?b>/g, '')) {
      if (char === '{') depth += 1;
      if (depth === 0) piece += char;
      else if (piece) {
        pieces.add(piece);
        piece = '';
      }
      if (char === '}') depth -= 1;
    }
    pieces.add(piece);
  }
  return [...pieces]
    .map((p) =>
      p
        .trim()
        .replace(/^[,.;:()]+|[,.;:()]+$/g, '')
        .trim(),
    )
    .filter((p) => p.includes(' ') && p.length >= 6);
}

const ENGLISH_DATES =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

// The candidate's Interview Details page on a phone, with the browser asking for each shipped
// language in turn (the candidate has no locale of their own), branded with the heaviest logo
// an admin may upload: the page, its catalog's words and the logo stay within 30 KB transferred.
describe('the Interview Link page in every shipped language, in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    server = await startServer();
    const db = server.database.db;
    const actor = await adminActor(server);
    const panel = [];
    for (const [name, email] of [
      ['Nora York', 'nora@example.com'],
      ['Bernd Berlin', 'bernd@example.com'],
      ['Aiko Tanaka', 'aiko@example.com'],
    ] as const) {
      panel.push(
        await createUser({
          db,
          actor: undefined,
          name,
          email,
          timeZone: 'UTC',
          role: 'interviewer',
        }),
      );
    }
    const interview = await createInterview({
      db,
      actor,
      calendarHost: new URL(server.url).hostname,
      title: 'Onsite loop',
      candidate: { firstName: 'Kenji', lastName: 'Sato', email: 'kenji@example.jp' },
      interviewerIds: panel.map((u) => u.id),
      startsAt: '2031-03-04T09:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'UTC',
      jobTitle: 'Senior Backend Engineer',
      location: 'Example Corp, Friedrichstraße 68, 3rd floor, reception desk B, 10117 Berlin',
      meetingUrl: 'https://meet.example.com/abc-defg-hij',
      notes:
        'Please bring an ID for the front desk.\nThe session has two parts: a system design talk and a pairing exercise.',
    });
    // 120×40 px of noise: as heavy as a logo may be, 16 KB.
    const logo = noisePng(120, 40);
    expect(logo.length).toBeGreaterThan(LOGO_MAX_BYTES - 1024);
    await updateBranding({
      db,
      actor,
      settings: server.settings,
      companyName: 'Northwind Labs',
      accentColor: '#0b5d3b',
      logo: logo.toString('base64'),
    });
    await sendSeededInvites(server, interview.id);
    link = await linkInEmail(server, 'kenji@example.jp', 'i');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const sentences = englishSentences();

  it.each(LOCALES)('speaks %s when the browser asks for it', async (locale) => {
    const t = translator(locale);
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale,
      timezoneId: 'UTC',
      extraHTTPHeaders: { 'Accept-Language': `${locale},en;q=0.5` },
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const transfers: Promise<number>[] = [];
      page.on('requestfinished', (request) =>
        transfers.push(
          request.sizes().then((size) => size.responseHeadersSize + size.responseBodySize),
        ),
      );
      await page.goto(link);
      await page.waitForLoadState('networkidle');
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      // The company's logo, drawn (decoded, not a broken image), named by the company.
      const logo = page.getByRole('img', { name: 'Northwind Labs' });
      expect(await logo.getAttribute('class')).toBe('logo');
      await expect
        .poll(() => page.evaluate("document.querySelector('img.logo').naturalWidth"))
        .toBe(120);
      const transferred = (await Promise.all(transfers)).reduce((sum, size) => sum + size, 0);
      console.log(
        `Interview Link page in ${locale}, branded: ${(transferred / 1024).toFixed(1)} KB transferred`,
      );
      expect(transfers.length).toBe(2);
      expect(transferred).toBeLessThanOrEqual(30 * 1024);
      const confirm = page.getByRole('button', { name: t.text('reply.confirm'), exact: true });
      await expect.poll(() => confirm.isVisible()).toBe(true);
      // On the phone's first screen, however long the address, notes and panel.
      const box = await confirm.boundingBox();
      expect((box?.y ?? 900) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe(t.text('details.heading'));
      if (locale !== 'en') {
        // Every word of the page, shown or folded away (the Decline form), but not the script.
        const text = (await page.evaluate(`(() => {
          const body = document.body.cloneNode(true);
          for (const script of body.querySelectorAll('script')) script.remove();
          return body.textContent || '';
        })()`)) as string;
        expect(sentences.filter((s) => text.includes(s))).toEqual([]);
        expect(text).not.toMatch(ENGLISH_DATES);
      }
      await screenshot(page, `83-interview-link-${locale}`);
    } finally {
      await context.close();
    }
  });

  it('confirms in Japanese and says so in Japanese', async () => {
    const t = translator('ja');
    const context = await browser.newContext({
      locale: 'ja-JP',
      extraHTTPHeaders: { 'Accept-Language': 'ja-JP,ja;q=0.9' },
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(link);
      await page.getByRole('button', { name: t.text('reply.confirm'), exact: true }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toBe(t.text('notice.confirmed'));
      await expect.poll(() => page.getByText(t.text('reply.confirmed')).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
