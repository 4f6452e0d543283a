import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendDueReminders } from '../../src/invites/send-reminders.js';
import { type Credentials, startTestApp, type TestApp } from '../helpers/app.js';
import { calendarOf } from '../helpers/calendar.js';
import { engine } from '../helpers/database.js';
import { buildUser } from '../helpers/factories.js';
import { linkIn, seededTemplates } from '../helpers/interviews.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';

const HOUR = 3_600_000;

// The French wording a coordinator wrote beside the seeded English one.
const FRENCH = {
  subject: 'Votre entretien chez {{ company.name }}',
  body: '<p>Bonjour {{ recipient.first_name }},</p><p>Nous vous attendons le {{ interview.date }} à {{ interview.time }}.</p><p>Merci de confirmer votre présence : <a href="{{ interview.link }}" rel="noopener noreferrer">{{ interview.link }}</a></p>',
};

describe(`Each recipient in their own language (${engine})`, () => {
  let t: TestApp;
  let sink: SmtpSink;
  let as: Credentials;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(
      {
        SMTP_URL: sink.url,
        MAIL_FROM: 'interviews@example.com',
        COMPANY_NAME: 'Northwind',
        REMINDER_PENDING_AFTER_HOURS: '24',
      },
      { worker: true },
    );
    as = (await t.signedIn('coordinator')).as;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  /** The seeded Candidate Invite, whose English wording the tests add languages to. */
  const seededCandidateInvite = async () => {
    const seeded = await seededTemplates(t, as);
    return (await t.call({ method: 'GET', url: `/api/v1/templates/${seeded.candidate}`, as })).data;
  };

  const mailsTo = async (email: string, count: number) => {
    await t.worker?.drain();
    return sink.waitForMailTo(email, count);
  };

  it('keeps an optional language on candidates and users, refusing what is not a language tag', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: { firstName: 'Zoé', lastName: 'Martin', email: 'zoe@example.fr', locale: 'fr-ca' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.data.locale).toBe('fr-CA');
    const bad = await t.call({
      method: 'PATCH',
      url: `/api/v1/candidates/${created.data.id}`,
      as,
      payload: { locale: 'not a language' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.data.error.details.issues).toEqual([
      { field: 'locale', message: expect.stringContaining('is not a BCP 47 language tag') },
    ]);
    const cleared = await t.call({
      method: 'PATCH',
      url: `/api/v1/candidates/${created.data.id}`,
      as,
      payload: { locale: null },
    });
    expect(cleared.data.locale).toBeNull();
    const me = await t.call({ method: 'GET', url: '/api/v1/session', as });
    const own = await t.call({
      method: 'PATCH',
      url: `/api/v1/users/${me.data.user.id}`,
      as,
      payload: { locale: 'ja' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.data.locale).toBe('ja');
  });

  it('holds a template’s wording per language, each checked like the template', async () => {
    const base = { name: 'Bilingual invite', audience: 'candidate' };
    const english = await seededCandidateInvite();
    const noLink = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        ...base,
        subject: english.subject,
        body: english.body,
        variants: { fr: { subject: 'Entretien', body: '<p>Sans lien</p>' } },
      },
    });
    expect(noLink.statusCode).toBe(400);
    expect(noLink.data.error.details.issues).toEqual([
      { field: 'variants.fr.body', message: 'must keep the {{ interview.link }} token' },
    ]);
    const unknownToken = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        ...base,
        subject: english.subject,
        body: english.body,
        variants: { de: { subject: '{{ interview.nope }}', body: FRENCH.body } },
      },
    });
    expect(unknownToken.statusCode).toBe(400);
    expect(unknownToken.data.error.details.issues[0].field).toBe('variants.de.subject');
    const notShipped = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: { ...base, subject: english.subject, body: english.body, variants: { nl: FRENCH } },
    });
    expect(notShipped.statusCode).toBe(400);
    expect(notShipped.body).toContain('nl');

    const created = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: { ...base, subject: english.subject, body: english.body, variants: { fr: FRENCH } },
    });
    expect(created.statusCode).toBe(201);
    expect(created.data.variants).toEqual({ fr: FRENCH });
    expect(created.data.invitable).toBe(true);
    // Written whole: a PATCH without French removes it.
    const dropped = await t.call({
      method: 'PATCH',
      url: `/api/v1/templates/${created.data.id}`,
      as,
      payload: { variants: {} },
    });
    expect(dropped.data.variants).toEqual({});
  });

  it('invites, reminds and cancels a French candidate in French, the panel in English, each page in its reader’s language', async () => {
    const candidate = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: {
        firstName: 'Élodie',
        lastName: 'Durand',
        email: 'elodie@example.fr',
        timeZone: 'Europe/Paris',
        locale: 'fr',
      },
    });
    const nora = await buildUser(t.database.db, {
      name: 'Nora York',
      email: 'nora.languages@example.com',
      time_zone: 'America/New_York',
    });
    const interview = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Entretien technique',
        candidateId: candidate.data.id,
        interviewerIds: [nora.id],
        startsAt: '2030-01-15T15:00:00Z',
        durationMinutes: 60,
        timeZone: 'America/New_York',
      },
    });
    const seeded = await seededTemplates(t, as);
    const english = await seededCandidateInvite();
    const template = await t.call({
      method: 'POST',
      url: '/api/v1/templates',
      as,
      payload: {
        name: 'Invite, English and French',
        audience: 'candidate',
        subject: english.subject,
        body: english.body,
        variants: { fr: FRENCH },
      },
    });
    const choice = {
      candidate: { templateId: template.data.id },
      interviewer: { templateId: seeded.interviewer },
    };

    // Preview shows each recipient their own language.
    const preview = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.data.id}/invites/preview`,
      as,
      payload: choice,
    });
    const [forCandidate, forNora] = preview.data.items;
    expect(forCandidate).toMatchObject({ locale: 'fr', subject: 'Votre entretien chez Northwind' });
    expect(forCandidate.html).toContain('mardi 15 janvier 2030');
    expect(forNora.locale).toBe('en');
    expect(forNora.subject).not.toContain('Votre');

    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.data.id}/invites`,
      as,
      payload: choice,
    });
    expect(sent.statusCode).toBe(200);
    const [invite] = await mailsTo('elodie@example.fr', 1);
    const [noraInvite] = await mailsTo('nora.languages@example.com', 1);
    if (!invite || !noraInvite) throw new Error('no invites');
    expect(invite.parsed.subject).toBe('Votre entretien chez Northwind');
    expect(invite.parsed.text).toContain('Bonjour Élodie,');
    expect(invite.parsed.text).toContain('Nous vous attendons le mardi 15 janvier 2030 à 16:00');
    expect(calendarOf(invite).method).toBe('REQUEST');
    expect(noraInvite.parsed.text).toContain('Tuesday, 15 January 2030');

    // Her page speaks French whatever her browser asks; Nora's follows her browser.
    const { token } = linkIn(invite.parsed.text ?? '');
    const page = await t.call({
      method: 'GET',
      url: `/i/${token}`,
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('<h1>Détails de l’entretien</h1>');
    expect(page.body).toContain('>Confirmer</button>');
    expect(page.headers.vary).toContain('Accept-Language');
    const noraToken = linkIn(noraInvite.parsed.text ?? '').token;
    const german = await t.call({
      method: 'GET',
      url: `/i/${noraToken}`,
      headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' },
    });
    expect(german.body).toContain('<html lang="de">');
    expect(german.body).toContain('>Bestätigen</button>');
    const json = await t.call({
      method: 'GET',
      url: `/api/v1/invitations/${token}`,
      headers: { 'accept-language': 'ja' },
    });
    expect(json.data.locale).toBe('fr');
    expect(json.data.when.text).toBe('mardi 15 janvier 2030, 16:00 – 17:00 (Europe/Paris)');

    // Add to calendar: her own event (the invite's UID), in her language, answering nothing.
    const file = await t.call({ method: 'GET', url: `/i/${token}/event.ics` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="interview.ics"');
    expect(file.body).toContain('METHOD:PUBLISH');
    expect(file.body).toContain(`UID:${calendarOf(invite).uid}`);
    expect(file.body).not.toContain('ATTENDEE');
    expect(file.body.replace(/\r\n[ \t]/g, '')).toContain(
      `DESCRIPTION:Détails de l’entretien: https://convene.test/i/${token}`,
    );

    // Nobody answered: a day later the reminder is in French for her, English for Nora.
    const queued = await sendDueReminders({
      db: t.database.db,
      settings: t.app.mailSettings,
      defaults: t.config.reminders,
      now: new Date(Date.now() + 25 * HOUR),
    });
    expect(queued).toBe(2);
    // Queued on that clock; delivered now, through the same SMTP server as everything else.
    await t.database.db
      .updateTable('messages')
      .set({ next_attempt_at: new Date().toISOString() })
      .where('kind', '=', 'reminder')
      .execute();
    const [, reminder] = await mailsTo('elodie@example.fr', 2);
    const [, noraReminder] = await mailsTo('nora.languages@example.com', 2);
    expect(reminder?.parsed.subject).toMatch(/^Rappel : réponse attendue : Entretien technique/);
    expect(reminder?.parsed.text).toContain('Nous n’avons pas encore reçu votre réponse');
    expect(noraReminder?.parsed.subject).toMatch(/^Reminder: please answer/);

    const cancelled = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.data.id}/cancel`,
      as,
      payload: {},
    });
    expect(cancelled.statusCode).toBe(200);
    const [, , cancellation] = await mailsTo('elodie@example.fr', 3);
    if (!cancellation) throw new Error('no cancellation');
    expect(cancellation.parsed.subject).toBe('Annulé : Entretien technique, mardi 15 janvier 2030');
    expect(cancellation.parsed.text).toContain('L’entretien Entretien technique du mardi');
    expect(cancellation.parsed.text).toContain('a été annulé');
    expect(calendarOf(cancellation).method).toBe('CANCEL');
    const [, , noraCancellation] = await mailsTo('nora.languages@example.com', 3);
    expect(noraCancellation?.parsed.subject).toMatch(/^Cancelled: Entretien technique/);
    // Cancelled: no file to add; the page says so at the top.
    const gone = await t.call({ method: 'GET', url: `/i/${token}/event.ics` });
    expect(gone.statusCode).toBe(303);
    expect(gone.headers.location).toBe(`/i/${token}`);
  });

  it('names as organizer the coordinator who sent the invites, not whoever created the interview', async () => {
    const lena = await t.signedIn('coordinator', {
      name: 'Lena Vogel',
      email: 'lena.vogel@example.com',
    });
    const candidate = await t.call({
      method: 'POST',
      url: '/api/v1/candidates',
      as,
      payload: { firstName: 'Ana', lastName: 'Silva', email: 'ana@example.br', locale: 'pt-BR' },
    });
    const nora = await buildUser(t.database.db, { email: 'nora.organizer@example.com' });
    const interview = await t.call({
      method: 'POST',
      url: '/api/v1/interviews',
      as,
      payload: {
        title: 'Entrevista',
        candidateId: candidate.data.id,
        interviewerIds: [nora.id],
        startsAt: '2030-02-01T15:00:00Z',
        durationMinutes: 45,
        timeZone: 'UTC',
      },
    });
    const seeded = await seededTemplates(t, as);
    const sent = await t.call({
      method: 'POST',
      url: `/api/v1/interviews/${interview.data.id}/invites`,
      as: lena.as,
      payload: {
        candidate: { templateId: seeded.candidate },
        interviewer: { templateId: seeded.interviewer },
      },
    });
    expect(sent.statusCode).toBe(200);
    const [invite] = await mailsTo('ana@example.br', 1);
    expect(invite?.parsed.replyTo?.value[0]?.address).toBe('lena.vogel@example.com');
    const { token } = linkIn(invite?.parsed.text ?? '');
    const view = await t.call({ method: 'GET', url: `/api/v1/invitations/${token}` });
    expect(view.data.organizer).toEqual({ name: 'Lena Vogel', email: 'lena.vogel@example.com' });
    expect(view.data.locale).toBe('pt-BR');
    const page = await t.call({ method: 'GET', url: `/i/${token}` });
    expect(page.body).toContain('Lena Vogel<br><a href="mailto:lena.vogel@example.com">');
    expect(page.body).toContain('<html lang="pt-BR">');
  });
});
