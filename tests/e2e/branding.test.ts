import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInterview } from '../../src/interviews/create-interview.js';
import { noisePng } from '../helpers/images.js';
import {
  adminActor,
  chooseFile,
  freshPage,
  launchBrowser,
  linkInEmail,
  PHONE,
  screenshot,
  sendSeededInvites,
  signIn,
  startServer,
} from './browser.js';

// An admin brands Convene in the app; the candidate's page and email then look like the company.
describe('an admin sets the company’s name, logo and accent colour in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-${context.task.name.slice(0, 40)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses an accent too light to read, saves a dark one with a logo, and the candidate sees them', async () => {
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Branding' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Branding' }).isVisible()).toBe(true);
    // Until set: COMPANY_NAME, shown as what an empty field means.
    expect(await page.getByLabel('Company name').getAttribute('placeholder')).toBe('Example Corp');

    await page.getByLabel('Company name').fill('Northwind Labs');
    await page.getByLabel('Accent colour').fill('#60a5fa');
    // Advised against while typing, before the server refuses it.
    await expect
      .poll(() => page.getByText(/^Contrast 2\.\d:1 on the page: too light to read/).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Save branding' }).click();
    const refused = page.getByText(/^#60a5fa has a contrast of 2\.\d:1/);
    await expect.poll(() => refused.isVisible()).toBe(true);
    // Nothing was saved: the name is still the default.
    const before = await page.evaluate(
      "fetch('/api/v1/branding').then((r) => r.json()).then((b) => b.companyName)",
    );
    expect(before).toBeNull();

    await page.getByLabel('Accent colour').fill('#0b5d3b');
    // A tap beside the colour picker closes it, as a person moving on does.
    await page.getByRole('heading', { name: 'Branding', exact: true }).click();
    await chooseFile(page, 'Logo', {
      name: 'northwind.png',
      mimeType: 'image/png',
      buffer: noisePng(120, 32),
    });
    // The preview draws the chosen logo before it is saved.
    const preview = page.getByRole('region', { name: 'How recipients see it' });
    await expect
      .poll(() => preview.getByRole('img', { name: 'Northwind Labs' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Save branding' }).click();
    await expect.poll(() => page.getByText('Branding saved').isVisible()).toBe(true);
    await screenshot(page, '100-branding');

    // A fresh visit reads back what was saved, the logo from its public address.
    await page.reload();
    await expect.poll(() => page.getByLabel('Company name').inputValue()).toBe('Northwind Labs');
    expect(await page.getByLabel('Accent colour').inputValue()).toBe('#0b5d3b');
    await expect
      .poll(() => page.evaluate("document.querySelector('section img')?.naturalWidth ?? 0"))
      .toBe(120);

    const interview = await createInterview({
      db: server.database.db,
      actor: await adminActor(server),
      calendarHost: new URL(server.url).hostname,
      title: 'Technical interview',
      candidate: { firstName: 'Kenji', lastName: 'Sato', email: 'kenji@example.jp' },
      interviewerIds: [(await adminActor(server)).userId],
      startsAt: '2031-03-04T09:00:00.000Z',
      durationMinutes: 60,
      timeZone: 'UTC',
    });
    await sendSeededInvites(server, interview.id);
    const link = await linkInEmail(server, 'kenji@example.jp', 'i');
    const { context, page: candidate } = await freshPage(browser, PHONE);
    try {
      await candidate.goto(link);
      const logo = candidate.getByRole('img', { name: 'Northwind Labs' });
      await expect.poll(() => logo.isVisible()).toBe(true);
      await expect
        .poll(() => candidate.evaluate("document.querySelector('img.logo').naturalWidth"))
        .toBe(120);
      // The Confirm button wears the accent.
      const background = await candidate.evaluate(
        "getComputedStyle(document.querySelector('button.primary')).backgroundColor",
      );
      expect(background).toBe('rgb(11, 93, 59)');
      await screenshot(candidate, '101-branded-interview-link');
    } finally {
      await context.close();
    }
  });
});
