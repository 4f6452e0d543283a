import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/people/create-user.js';
import { freshPage, launchBrowser, screenshot, signIn, startServer } from './browser.js';

// The coordinator's side of languages: a template's French wording written in the editor, a
// candidate added in French, and Send Invites previewing and sending that candidate's invite in
// French; then a user's language on People and the admin's own on Your account.
describe('a coordinator sets languages in a real browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    await createUser({
      db: server.database.db,
      actor: undefined,
      name: 'Nora York',
      email: 'nora@example.com',
      timeZone: 'America/New_York',
      role: 'interviewer',
    });
    browser = await launchBrowser();
    page = (await freshPage(browser)).page;
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(page, `failed-languages-${context.task.name.slice(0, 30)}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a French wording to a template, which must keep the Interview Link', async () => {
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Configure Communications' }).click();
    await page.getByRole('button', { name: 'New template' }).click();
    const dialog = page.getByRole('dialog', { name: 'New template' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Onsite invite');
    await dialog.getByRole('textbox', { name: 'Subject' }).fill('Onsite: {{ interview.title }}');
    const body = dialog.getByRole('textbox', { name: 'Message body' });
    await body.click();
    await body.pressSequentially('Hello {{ recipient.first_name }}, open {{ interview.link }}.');

    // A German tab added by mistake, and removed again.
    await dialog.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('menuitem', { name: 'Deutsch' }).click();
    await dialog.getByRole('button', { name: 'Remove language' }).click();
    await page
      .getByRole('dialog', { name: /Remove the Deutsch wording/ })
      .getByRole('button', { name: 'Remove language' })
      .click();
    await expect.poll(() => dialog.getByRole('tab').allTextContents()).toEqual(['Default']);

    // French starts from the default wording, link and all; its body is then rewritten without it.
    await dialog.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    const french = dialog.getByRole('tab', { name: /^Français/ });
    await expect.poll(() => french.getAttribute('aria-selected')).toBe('true');
    const subject = dialog.getByRole('textbox', { name: 'Subject' });
    await expect.poll(() => subject.inputValue()).toBe('Onsite: {{ interview.title }}');
    await subject.fill('Entretien sur site : {{ interview.title }}');
    const frenchBody = dialog.getByRole('textbox', { name: 'Message body, Français' });
    await frenchBody.click();
    await page.keyboard.press('Control+A');
    await frenchBody.pressSequentially('Bonjour {{ recipient.first_name }}.');
    // The preview shows the tab being edited, its dates written in French.
    await expect
      .poll(() => dialog.getByText('Entretien sur site : Technical interview').isVisible())
      .toBe(true);
    await expect.poll(() => dialog.getByText(/dates written in Français/).isVisible()).toBe(true);

    // Saved from the default tab: the refusal opens the French tab, marked, the problem under it.
    await dialog.getByRole('tab', { name: 'Default' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => dialog.getByRole('tab', { name: 'Français (has a problem to fix)' }).isVisible())
      .toBe(true);
    await expect.poll(() => french.getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => dialog.getByText(/^Must keep the \{\{ interview\.link \}\} token$/).isVisible())
      .toBe(true);
    await screenshot(page, '85-template-language-refused');

    await frenchBody.click();
    await page.keyboard.press('End');
    await frenchBody.pressSequentially(' Ouvrez {{ interview.link }}.');
    await expect.poll(() => dialog.getByText('Has Interview Link').isVisible()).toBe(true);
    await screenshot(page, '84-template-languages');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = await server.database.db
      .selectFrom('templates')
      .select(['subject', 'variants'])
      .where('name', '=', 'Onsite invite')
      .executeTakeFirstOrThrow();
    expect(saved.subject).toBe('Onsite: {{ interview.title }}');
    const variants = JSON.parse(saved.variants) as Record<
      string,
      { subject: string; body: string }
    >;
    expect(Object.keys(variants)).toEqual(['fr']);
    expect(variants.fr?.subject).toBe('Entretien sur site : {{ interview.title }}');
    expect(variants.fr?.body).toContain('Bonjour {{ recipient.first_name }}. Ouvrez');
    expect(variants.fr?.body).toContain('{{ interview.link }}');
  });

  it('adds a candidate who reads French with a new interview', async () => {
    await page.getByRole('link', { name: 'Manage Interviews' }).click();
    await page.getByRole('button', { name: 'Create interview' }).click();
    const dialog = page.getByRole('dialog', { name: /create interview/i });
    await dialog.getByRole('textbox', { name: 'Candidate' }).fill('Amélie');
    await page.getByRole('option', { name: /add new candidate/i }).click();
    await dialog.getByLabel('First name').fill('Amélie');
    await dialog.getByLabel('Last name').fill('Martin');
    await dialog.getByLabel('Candidate email').fill('amelie@example.fr');
    const language = dialog.getByRole('combobox', { name: /^Candidate language/ });
    expect(await language.inputValue()).toBe('Browser’s language');
    await language.click();
    await page.getByRole('option', { name: 'Français' }).click();
    const interviewers = dialog.getByLabel('Interviewers');
    await interviewers.click();
    await page.getByRole('option', { name: /Nora York/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Interview title').fill('Technical interview');
    expect(await language.inputValue()).toBe('Français');
    await screenshot(page, '86-new-candidate-language');
    await dialog.getByRole('button', { name: 'Save interview' }).click();
    await expect
      .poll(() => page.getByRole('dialog', { name: 'Send Invites' }).isVisible(), {
        timeout: 15_000,
      })
      .toBe(true);
    const amelie = await server.database.db
      .selectFrom('candidates')
      .select('locale')
      .where('email', '=', 'amelie@example.fr')
      .executeTakeFirstOrThrow();
    expect(amelie.locale).toBe('fr');
  });

  it('previews her invite in French in Send Invites, and sends it', async () => {
    const dialog = page.getByRole('dialog', { name: 'Send Invites' });
    const candidate = dialog.getByRole('region', { name: 'Candidate Message' });
    await candidate.getByRole('combobox', { name: 'Candidate Invite' }).fill('Onsite');
    await page.getByRole('option', { name: /Onsite invite/ }).click();
    await expect
      .poll(() => candidate.getByText(/^Also written in Français/).isVisible())
      .toBe(true);
    const interviewer = dialog.getByRole('region', { name: 'Interviewer Message' });
    await interviewer.getByRole('combobox', { name: 'Interviewer Invite' }).fill('Interv');
    await page.getByRole('option', { name: /Interviewer Invite/ }).click();

    await candidate.getByRole('button', { name: 'Preview' }).click();
    await expect
      .poll(() => candidate.getByText('Entretien sur site : Technical interview').isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    expect(await candidate.getByText(/^Written in/).textContent()).toBe('Written in Français');
    expect(await candidate.getByText(/^To: Amélie Martin/).isVisible()).toBe(true);
    const frame = page.frameLocator('iframe[title="Candidate message preview for Amélie Martin"]');
    await expect.poll(() => frame.getByText(/^Bonjour Amélie\./).isVisible()).toBe(true);
    await screenshot(page, '87-send-invites-french-preview');

    await dialog.getByRole('button', { name: 'Send Invites', exact: true }).click();
    await expect
      .poll(() => page.getByText(/Invites sent to 2 participants/).isVisible(), { timeout: 15_000 })
      .toBe(true);
    const sent = await server.database.db
      .selectFrom('messages')
      .select(['to_email', 'subject'])
      .orderBy('to_email')
      .execute();
    expect(sent).toEqual([
      { to_email: 'amelie@example.fr', subject: 'Entretien sur site : Technical interview' },
      { to_email: 'nora@example.com', subject: expect.not.stringContaining('Entretien') },
    ]);
  });

  it('sets a user’s language on People, and the admin’s own on Your account', async () => {
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('nora');
    const row = page.getByRole('row', { name: /Nora York/ });
    await row.getByRole('button', { name: 'Edit Nora York' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Nora York' });
    const language = dialog.getByRole('combobox', { name: /^Language/ });
    expect(await language.inputValue()).toBe('Browser’s language');
    await language.click();
    await page.getByRole('option', { name: 'Deutsch' }).click();
    await screenshot(page, '88-edit-user-language');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const nora = await server.database.db
      .selectFrom('users')
      .select('locale')
      .where('email', '=', 'nora@example.com')
      .executeTakeFirstOrThrow();
    expect(nora.locale).toBe('de');

    await page.getByRole('link', { name: 'Your account' }).click();
    const form = page.getByRole('form', { name: 'Profile' });
    const mine = form.getByRole('combobox', { name: /^Your language/ });
    await mine.click();
    await page.getByRole('option', { name: 'Español' }).click();
    await form.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByText(/profile saved/).isVisible()).toBe(true);
    await screenshot(page, '89-profile-language');
    const me = await server.database.db
      .selectFrom('users')
      .select('locale')
      .where('email', '=', 'carla@example.com')
      .executeTakeFirstOrThrow();
    expect(me.locale).toBe('es');
  });
});
