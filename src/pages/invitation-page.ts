import type { Locale } from '../domain/i18n/locales.js';
import { type Translator, translator, translatorFor } from '../domain/i18n/translate.js';
import { renderAddToCalendar } from './add-to-calendar.js';
import { renderDocument } from './document.js';
import { html } from './html.js';
import { renderChanges } from './invitation-changes.js';
import { renderInvitationDetails, renderInvitationSummary } from './invitation-details.js';
import { renderNotice, renderReply } from './invitation-reply.js';
import type { InvitationPageView } from './invitation-view.js';
import { LOCAL_TIME_SCRIPT } from './local-time-script.js';

export type { InvitationPageView } from './invitation-view.js';

const GREETINGS = {
  candidate: 'details.greeting.candidate',
  interviewer: 'details.greeting.interviewer',
} as const;

function greeting(t: Translator, { recipient, companyName }: InvitationPageView): string {
  return t.text(GREETINGS[recipient.role], {
    name: recipient.name,
    company: companyName,
  });
}

/** "Interview Details · Example Corp": the page's name, then the company's. */
export function pageTitle(t: Translator, page: string, company: string): string {
  return t.text('page.title', { page, company });
}

/** The footer of every page reached by a personal link. */
export function personalFooter(t: Translator) {
  return html`<footer><p>${t.text('page.personal')}</p></footer>`;
}

/**
 * The recipient's Interview Details page (`GET /i/<token>`): a complete HTML document that works
 * without script, in the recipient's language (`view.locale`). Send it with
 * `Content-Security-Policy: default-src 'none'; style-src 'nonce-N'; script-src 'nonce-N';
 * form-action 'self'; base-uri 'none'; frame-ancestors 'none'; img-src 'self' <PUBLIC_URL>` (the
 * company logo), where N is `view.nonce`, and `Cache-Control: no-store`.
 */
export function renderInvitationPage(view: InvitationPageView): string {
  const t = translatorFor(view.locale);
  const heading = t.text('details.heading');
  // The cancelled state first; then what is asked, the answer, and the rest of the facts.
  const cancelled =
    view.interviewStatus === 'cancelled' &&
    html`<p class="status closed" role="status">${t.text('reply.closed.cancelled')}</p>`;
  const body = html`<main><h1>${heading}</h1>${cancelled}<p>${greeting(t, view)}</p>${renderNotice(t, view.notice)}${renderInvitationSummary(t, view)}${renderReply(t, view)}${renderInvitationDetails(t, view)}${renderAddToCalendar(t, view)}${renderChanges(t, view)}</main>${personalFooter(t)}`;
  return renderDocument({
    nonce: view.nonce,
    lang: t.locale,
    title: pageTitle(t, heading, view.companyName),
    brand: view,
    body,
    script: LOCAL_TIME_SCRIPT,
  });
}

/**
 * The page for an unknown, mistyped or replaced link (send it with status 404), in the
 * language the browser asks for. It says nothing about any interview, so a guessed token
 * learns nothing.
 */
export function renderInvitationNotFound(nonce: string, locale: Locale): string {
  const t = translator(locale);
  const heading = t.text('notFound.heading');
  const body = html`<main><h1>${heading}</h1><section class="card" aria-label="${t.text('notFound.label')}"><p>${t.text('notFound.why')}</p><p>${t.text('notFound.todo')}</p></section></main>`;
  return renderDocument({ nonce, lang: t.locale, title: heading, body });
}
