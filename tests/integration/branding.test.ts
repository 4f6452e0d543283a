import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { engine } from '../helpers/database.js';
import { linkIn, sendSeededInvites, setUpInterview } from '../helpers/interviews.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

// A real 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ACCENT = '#0b5d3b';

describe(`The company's name, logo and accent on every recipient page and email (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: Credentials;
  let coordinator: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      { SMTP_URL: sink.url, MAIL_FROM: 'interviews@example.com', COMPANY_NAME: 'Northwind' },
      { worker: true },
    );
    admin = (await t.signedIn('admin')).as;
    coordinator = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const branding = (as: Credentials) => t.call({ method: 'GET', url: '/api/v1/branding', as });
  const change = (as: Credentials, payload: Record<string, unknown>) =>
    t.call({ method: 'PATCH', url: '/api/v1/branding', as, payload });

  const mailsTo = async (email: string, count: number) => {
    await t.worker?.drain();
    return sink.waitForMailTo(email, count);
  };

  it('starts from COMPANY_NAME with no logo or accent; only admins change it, and a refusal changes nothing', async () => {
    const first = await branding(coordinator);
    expect(first.statusCode).toBe(200);
    expect(first.data).toEqual({
      companyName: null,
      defaultCompanyName: 'Northwind',
      accentColor: null,
      logo: null,
    });
    const forbidden = await change(coordinator, { companyName: 'Contoso' });
    expect(forbidden.statusCode).toBe(403);

    const refused = await change(admin, {
      companyName: 'Northwind Labs',
      accentColor: '#ffd700',
      logo: Buffer.from('<svg/>').toString('base64'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.data.error.details.issues.map((i: { field: string }) => i.field)).toEqual([
      'accentColor',
      'logo',
    ]);
    expect((await branding(admin)).data.companyName).toBeNull();

    const tooLarge = await change(admin, {
      logo: Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(40_000)]).toString('base64'),
    });
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.data.error.message).toMatch(/^logo: is 40 KB; at most 16 KB/);
  });

  it('serves the logo to anyone, versioned, and draws it with the accent on the Interview Link page and its JSON twin', async () => {
    const saved = await change(admin, {
      companyName: 'Northwind Labs',
      accentColor: '#0B5D3B',
      logo: PNG,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.data).toEqual({
      companyName: 'Northwind Labs',
      defaultCompanyName: 'Northwind',
      accentColor: ACCENT,
      logo: {
        url: expect.stringMatching(/^https:\/\/convene\.test\/branding\/logo\?v=[0-9a-f]{16}$/),
        contentType: 'image/png',
        size: Buffer.from(PNG, 'base64').length,
      },
    });
    const logoUrl = new URL(saved.data.logo.url);
    const logo = await t.call({ method: 'GET', url: logoUrl.pathname + logoUrl.search });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.equals(Buffer.from(PNG, 'base64'))).toBe(true);
    const again = await t.call({
      method: 'GET',
      url: logoUrl.pathname,
      headers: { 'if-none-match': String(logo.headers.etag) },
    });
    expect(again.statusCode).toBe(304);

    const { interview, candidate } = await setUpInterview(t, coordinator);
    await sendSeededInvites(t, coordinator, interview.id);
    const [invite] = await mailsTo(candidate.email, 1);
    const { token } = linkIn(invite?.parsed.text ?? '');

    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(
      `<header><p><img class="logo" src="${saved.data.logo.url.replace('&', '&amp;')}" alt="Northwind Labs" height="40"></p></header>`,
    );
    expect(page.body).toContain(`--accent:${ACCENT}`);
    expect(String(page.headers['content-security-policy'])).toContain(
      "img-src 'self' https://convene.test",
    );
    const twin = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(twin.data.companyName).toBe('Northwind Labs');
    expect(twin.data.brand).toEqual({ logoUrl: saved.data.logo.url, accentColor: ACCENT });

    // The email's header: the logo (its alt the company's name) over a rule in the accent.
    const html = String(invite?.parsed.html);
    expect(html).toMatch(
      new RegExp(
        `^<div style="[^"]*border-bottom:3px solid ${ACCENT}"><img src="${saved.data.logo.url.replace(/[?]/g, '\\?')}" alt="Northwind Labs"`,
      ),
    );
  });

  it('goes back to COMPANY_NAME and Convene’s own look when cleared, and the logo is gone', async () => {
    const cleared = await change(admin, { companyName: null, accentColor: null, logo: null });
    expect(cleared.data).toMatchObject({ companyName: null, accentColor: null, logo: null });
    expect((await t.call({ method: 'GET', url: '/branding/logo' })).statusCode).toBe(404);

    const { interview, candidate } = await setUpInterview(t, coordinator);
    await sendSeededInvites(t, coordinator, interview.id);
    const [invite] = await mailsTo(candidate.email, 1);
    expect(String(invite?.parsed.html)).not.toContain('border-bottom:3px');
    const { token } = linkIn(invite?.parsed.text ?? '');
    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.body).toContain('<header><p>Northwind</p></header>');
    expect(page.body).not.toContain('--accent:#0b5d3b');
  });
});
