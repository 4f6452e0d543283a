import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/people/create-user.js';
import {
  ADMIN,
  a11yViolations,
  freshPage,
  launchBrowser,
  screenshot,
  startServer,
} from './browser.js';

// A coordinator the admin adds in the walk, signs in as, and then deactivates.
const DANA = { email: 'dana@example.com', password: 'violet harbour compass' };

describe('a coordinator walks Convene in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;
  const links: string[] = [];
  let interviewPath = '';

  beforeAll(async () => {
    server = await startServer();
    // Interviewers are users; the API creates them (user management is not this walk).
    for (const [name, email, timeZone] of [
      ['Nora York', 'nora@example.com', 'America/New_York'],
      ['Bernd Berlin', 'bernd@example.com', 'Europe/Berlin'],
    ] as const) {
      await createUser({
        db: server.database.db,
        actor: undefined,
        name,
        email,
        timeZone,
        role: 'interviewer',
      });
    }
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

  it('signs in', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await screenshot(page, '01-sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Manage Interviews' }).isVisible())
      .toBe(true);
    await screenshot(page, '02-manage-interviews-empty');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('creates a candidate invite template under Configure Communications', async () => {
    await page.getByRole('link', { name: 'Configure Communications' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const dialog = page.getByRole('dialog', { name: 'New template' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Final round invite');
    await dialog
      .getByRole('textbox', { name: 'Subject' })
      .fill('Final round: {{ interview.title }}');
    const body = dialog.getByRole('textbox', { name: /body/i });
    await body.click();
    await body.pressSequentially(
      'Hello {{ recipient.first_name }}, please open {{ interview.link }} and select Confirm.',
    );
    await expect
      .poll(() => dialog.getByText('Has Interview Link').first().isVisible(), { timeout: 10_000 })
      .toBe(true);
    await screenshot(page, '03-template-editor');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'Final round invite' }).first().isVisible())
      .toBe(true);
    // The dialog fades out after saving; checked mid-fade, its half-transparent title fails the
    // contrast rule. Wait until it is gone.
    await dialog.waitFor({ state: 'hidden' });
    await screenshot(page, '04-configure-communications');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('creates an interview with a new candidate, which opens Send Invites', async () => {
    await page.getByRole('link', { name: 'Manage Interviews' }).click();
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    await dialog.getByRole('textbox', { name: 'Candidate' }).fill('Kenji');
    await page.getByRole('option', { name: /add new candidate/i }).click();
    await dialog.getByLabel('First name').fill('Kenji');
    await dialog.getByLabel('Last name').fill('Sato');
    await dialog.getByLabel('Candidate email').fill('kenji@example.jp');
    await dialog.getByLabel('Candidate time zone').fill('Tokyo');
    await page.getByRole('option', { name: /^Asia\/Tokyo \(UTC\+09:00, Japan/ }).click();
    const interviewers = dialog.getByLabel('Interviewers');
    await interviewers.click();
    await page.getByRole('option', { name: /Nora York/ }).click();
    await page.getByRole('option', { name: /Bernd Berlin/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Interview title').fill('Technical interview');
    await dialog.getByLabel('Location').fill('Room 4, Building B');
    await dialog.getByLabel('Meeting link').fill('https://meet.example.com/abc-defg');
    // 10:00 UTC is 19:00 in Tokyo: flagged before anything is saved (with the day if a weekend).
    await expect
      .poll(() =>
        dialog
          .getByText(/^(\w{3} )?19:00 for Kenji Sato, Asia\/Tokyo — outside working hours$/)
          .isVisible(),
      )
      .toBe(true);
    await screenshot(page, '05-create-interview');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Send Invites' }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
  });

  it('sends invites with both type-aheads, an edit, Preview and Edit communication', async () => {
    const dialog = page.getByRole('dialog', { name: 'Send Invites' });
    const candidate = dialog.getByRole('region', { name: 'Candidate Message' });
    await candidate.getByRole('combobox', { name: 'Candidate Invite' }).fill('Final');
    await page.getByRole('option', { name: /Final round invite/ }).click();
    const subject = candidate.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => subject.inputValue()).toBe('Final round: {{ interview.title }}');
    await subject.fill('Final round, {{ recipient.first_name }}: {{ interview.title }}');
    // The edit is this window's only copy: closing asks first, and Keep editing keeps it.
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard your edits?' });
    await expect.poll(() => discard.isVisible()).toBe(true);
    await discard.getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => discard.isVisible()).toBe(false);
    await expect
      .poll(() => subject.inputValue())
      .toBe('Final round, {{ recipient.first_name }}: {{ interview.title }}');

    const interviewer = dialog.getByRole('region', { name: 'Interviewer Message' });
    await interviewer.getByRole('combobox', { name: 'Interviewer Invite' }).fill('Interv');
    await page.getByRole('option', { name: /Interviewer Invite/ }).click();

    await candidate.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(
        () => candidate.getByText('Final round, Kenji: Technical interview').first().isVisible(),
        { timeout: 10_000 },
      )
      .toBe(true);
    await screenshot(page, '06-send-invites-preview');
    await candidate.getByRole('button', { name: 'Edit communication' }).click();
    await expect
      .poll(() => candidate.getByRole('textbox', { name: 'Subject' }).isVisible())
      .toBe(true);
    await screenshot(page, '07-send-invites-edit');
    expect(await a11yViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Send Invites', exact: true }).click();
    await expect
      .poll(() => page.getByText(/Invites sent to 3 participants/).isVisible(), { timeout: 15_000 })
      .toBe(true);
  });

  it('shows three meeting requests in the dev mailbox, each with its Interview Link', async () => {
    await page.getByRole('link', { name: 'Dev mailbox' }).click();
    await expect
      .poll(async () => page.getByRole('link', { name: /Final round, Kenji|Interview:/ }).count(), {
        timeout: 20_000,
      })
      .toBe(3);
    await screenshot(page, '08-dev-mailbox');
    const subjects = page.getByRole('link', { name: /Final round, Kenji|Interview:/ });
    for (let i = 0; i < 3; i += 1) {
      await subjects.nth(i).click();
      const open = page.getByRole('link', { name: 'Open Interview Link' });
      await expect.poll(() => open.isVisible(), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => page.getByText('REQUEST').first().isVisible()).toBe(true);
      // The previous message stays on screen until the clicked one has loaded: wait for a link
      // not read yet (a repeated link would otherwise pass as this message's).
      await expect
        .poll(async () => links.includes((await open.getAttribute('href')) ?? ''), {
          timeout: 10_000,
        })
        .toBe(false);
      const href = await open.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${server.url}/i/[A-Za-z0-9_-]{43}$`));
      links.push(href as string);
      if (i === 0) await screenshot(page, '09-dev-mailbox-message');
    }
    expect(new Set(links).size).toBe(3);
  });

  it('lets each participant confirm from their own link, in a fresh browser, on a phone', async () => {
    expect(links).toHaveLength(3);
    for (const [i, link] of links.entries()) {
      const { context, page: phone } = await freshPage(browser, true);
      await phone.goto(link);
      await expect
        .poll(() => phone.getByRole('heading', { name: 'Interview Details' }).isVisible())
        .toBe(true);
      if (i === 0) {
        await screenshot(phone, '10-recipient-page');
        expect(await a11yViolations(phone)).toEqual([]);
      }
      await phone.getByRole('button', { name: 'Confirm' }).click();
      await expect
        .poll(() => phone.getByText('You have confirmed your attendance.').isVisible())
        .toBe(true);
      if (i === 2) await screenshot(phone, '11-recipient-confirmed');
      await context.close();
    }
  });

  it('shows Interview Scheduled on the coordinator’s Interview Details, then resends invites', async () => {
    await page.getByRole('link', { name: 'Manage Interviews' }).click();
    // The dev mailbox also has links naming Kenji Sato: wait for the list to replace it.
    await expect
      .poll(() => page.getByRole('heading', { name: 'Manage Interviews' }).isVisible())
      .toBe(true);
    await page
      .getByRole('link', { name: /Kenji Sato/ })
      .first()
      .click();
    await page.waitForURL(/\/interviews\//);
    interviewPath = new URL(page.url()).pathname;
    expect(interviewPath).toMatch(/^\/interviews\//);
    await expect
      .poll(() => page.getByText('Interview Scheduled').first().isVisible(), { timeout: 15_000 })
      .toBe(true);
    await screenshot(page, '12-interview-details-scheduled');
    expect(await a11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Resend Invites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Resend Invites' });
    // The targeted nudge: everyone has answered, so "Pending only" has no one to send to.
    await dialog.getByRole('radio', { name: 'Pending only (0)' }).check();
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Resend Invites' }).isDisabled())
      .toBe(true);
    await dialog.getByRole('radio', { name: /All participants/ }).check();
    await dialog.getByRole('button', { name: 'Resend Invites' }).click();
    await expect
      .poll(
        () =>
          page
            .getByText(/resent|sent again/i)
            .first()
            .isVisible(),
        { timeout: 15_000 },
      )
      .toBe(true);
    await screenshot(page, '13-resent');
    await expect.poll(() => page.getByText('Interview Scheduled').first().isVisible()).toBe(true);
  });

  it('offers the existing candidate when a new one is typed with their email, never merging', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Manage Interviews' })
      .click();
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    await dialog.getByRole('textbox', { name: 'Candidate' }).fill('Ken');
    await page.getByRole('option', { name: /add new candidate/i }).click();
    await dialog.getByLabel('First name').fill('Ken');
    await dialog.getByLabel('Last name').fill('Satou');
    await dialog.getByLabel('Candidate email').fill('KENJI@example.jp');
    await dialog.getByLabel('Interviewers').click();
    await page.getByRole('option', { name: /Nora York/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Interview title').fill('Second round');
    await dialog.getByLabel('Location').fill('Room 5');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    const offer = dialog.getByRole('alert').filter({ hasText: 'existing candidate' });
    await expect
      .poll(() => offer.getByText('Kenji Sato already has this email address.').isVisible())
      .toBe(true);
    await screenshot(page, '13a-existing-candidate-offered');
    expect(await a11yViolations(page)).toEqual([]);
    // Nothing was saved: no second candidate, no interview for "Ken Satou".
    const candidates = await server.database.db
      .selectFrom('candidates')
      .select(['first_name', 'last_name'])
      .execute();
    expect(candidates).toEqual([{ first_name: 'Kenji', last_name: 'Sato' }]);

    await offer.getByRole('button', { name: 'Use Kenji Sato' }).click();
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Candidate' }).inputValue())
      .toContain('Kenji Sato');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('finds the interview by an interviewer’s name and by a name typed without its accents', async () => {
    // The candidate is Satō on record (written straight to the database: not what this tests).
    await server.database.db
      .updateTable('candidates')
      .set({ last_name: 'Satō' })
      .where('email', '=', 'kenji@example.jp')
      .execute();
    await server.database.db
      .updateTable('participants')
      .set({ name: 'Kenji Satō' })
      .where('email', '=', 'kenji@example.jp')
      .execute();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Manage Interviews' })
      .click();
    const search = page.getByRole('searchbox', { name: 'Search' });
    const row = page.getByRole('link', { name: /Kenji Satō/ }).first();
    for (const typed of ['bernd', 'SATO']) {
      await search.fill(typed);
      await expect.poll(() => page.url()).toContain(`q=${typed}`);
      await expect.poll(() => row.isVisible(), { timeout: 15_000 }).toBe(true);
    }
    await expect.poll(() => page.getByText('1 interview match').isVisible()).toBe(true);
    await screenshot(page, '13b-search-without-accents');
    expect(await a11yViolations(page)).toEqual([]);
    await search.fill('nobody-by-this-name');
    await expect
      .poll(() => page.getByText('No interviews match these filters').isVisible())
      .toBe(true);
    await search.fill('');
  });

  it('lets an admin subscribe a webhook, see its secret once and send a test event', async () => {
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Webhooks' }).isVisible()).toBe(true);
    await page.getByLabel('URL').fill('https://ats.example.com/hooks/convene');
    await page.getByRole('checkbox', { name: /Participant confirmed/ }).check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await expect.poll(() => page.getByText(/^whsec_/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect
      .poll(() => page.getByRole('cell', { name: 'webhook.test' }).isVisible())
      .toBe(true);
    await screenshot(page, '14-webhooks');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('lets an admin add a user who signs in, then deactivate them, which ends their session at once', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'People' }).isVisible()).toBe(true);
    const form = page.getByRole('form', { name: 'Add user' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Dana Departing');
    await form.getByRole('textbox', { name: 'Email' }).fill(DANA.email);
    await form.getByLabel('Role').click();
    await page.getByRole('option', { name: 'Coordinator' }).click();
    // The zone is found by its city, though this Node's ICU still calls it Asia/Calcutta.
    await form.getByLabel('Time zone', { exact: true }).fill('Kolkata');
    await page.getByRole('option', { name: /^Asia\/Kolkata \(UTC\+05:30, India/ }).click();
    await form.getByLabel('Password (optional)').fill(DANA.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    const row = page.getByRole('row', { name: /Dana Departing/ });
    await expect.poll(() => row.getByText('Active', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => row.getByText('Asia/Kolkata').isVisible()).toBe(true);

    // Dana signs in in her own browser.
    const { context, page: dana } = await freshPage(browser);
    await dana.goto(server.url);
    await dana.getByLabel('Email').fill(DANA.email);
    await dana.getByRole('textbox', { name: 'Password' }).fill(DANA.password);
    await dana.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => dana.getByRole('heading', { name: 'Manage Interviews' }).isVisible())
      .toBe(true);
    await screenshot(page, '15-users');
    expect(await a11yViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Deactivate Dana Departing' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Dana Departing?' });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await expect.poll(() => row.getByText('Deactivated').isVisible()).toBe(true);
    await confirm.waitFor({ state: 'hidden' });
    await screenshot(page, '16-user-deactivated');
    expect(await a11yViolations(page)).toEqual([]);

    // Her open session ends at once: her next screen asks her to sign in, and she cannot.
    await dana.getByRole('link', { name: 'Your account' }).click();
    await expect.poll(() => dana.getByRole('button', { name: 'Sign in' }).isVisible()).toBe(true);
    await dana.getByLabel('Email').fill(DANA.email);
    await dana.getByRole('textbox', { name: 'Password' }).fill(DANA.password);
    await dana.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => dana.getByText('Email or password is incorrect.').isVisible())
      .toBe(true);
    await screenshot(dana, '17-deactivated-sign-in');
    await context.close();
  });

  it('shows a signed-in user where they are signed in and makes an API key, shown once', async () => {
    await page.getByRole('link', { name: 'Your account' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your account' }).isVisible())
      .toBe(true);
    const sessions = page.getByRole('table', { name: 'Your sessions' });
    await expect.poll(() => sessions.getByText('This browser').isVisible()).toBe(true);
    const form = page.getByRole('form', { name: 'Create API key' });
    await form.getByLabel('Key name').fill('ATS sync');
    await form.getByRole('button', { name: 'Create API key' }).click();
    // The whole secret, once, in the notice (the table shows only its prefix).
    await expect.poll(() => page.getByText(/^cvn_[A-Za-z0-9_-]{43}$/).isVisible()).toBe(true);
    const keys = page.getByRole('table', { name: 'Your API keys' });
    await expect
      .poll(() => keys.getByRole('cell', { name: 'ATS sync', exact: true }).isVisible())
      .toBe(true);
    await screenshot(page, '18-account');
    expect(await a11yViolations(page)).toEqual([]);
  });
});
