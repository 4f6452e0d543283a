import { html, type SafeHtml } from './html.js';
import type { InvitationPageView } from './invitation-view.js';
import { mailtoHref, webUrl } from './links.js';

const ROLE_NAMES = { candidate: 'Candidate', interviewer: 'Interviewer' } as const;

function whenRow({ when }: InvitationPageView): SafeHtml {
  // The script reads these attributes to add the browser's own time; the text stands alone.
  return html`<dt>When</dt><dd><time datetime="${when.startsAt}" data-end="${when.endsAt}" data-zone="${when.timeZone}">${when.text}</time></dd>`;
}

function whereRow({ location, meetingUrl }: InvitationPageView): SafeHtml | null {
  if (!location && !meetingUrl) return null;
  const href = webUrl(meetingUrl);
  const meeting = href
    ? html`<p><a href="${href}" rel="noopener noreferrer">${href}</a></p>`
    : meetingUrl && html`<p>${meetingUrl}</p>`;
  return html`<dt>Where</dt><dd>${location && html`<p>${location}</p>`}${meeting}</dd>`;
}

function whoRow({ people }: InvitationPageView): SafeHtml | null {
  if (people.length === 0) return null;
  const items = people.map(
    (person) =>
      html`<li>${person.name} <span class="muted">(${ROLE_NAMES[person.role]})</span></li>`,
  );
  return html`<dt>Who</dt><dd><ul>${items}</ul></dd>`;
}

function organizerRow({ organizer }: InvitationPageView): SafeHtml {
  const href = mailtoHref(organizer.email);
  const email = href ? html`<a href="${href}">${organizer.email}</a>` : organizer.email;
  return html`<dt>Organizer</dt><dd>${organizer.name}<br>${email}</dd>`;
}

/** The interview's facts: title, job, when, where, who, notes and whom to ask. */
export function renderInvitationDetails(view: InvitationPageView): SafeHtml {
  const job = view.jobTitle && html`<p class="sub">${view.jobTitle}</p>`;
  const notes = view.notes && html`<dt>Notes</dt><dd class="notes">${view.notes}</dd>`;
  return html`<section class="card" aria-labelledby="interview-title"><h2 id="interview-title">${view.title}</h2>${job}<dl>${whenRow(view)}${whereRow(view)}${whoRow(view)}${notes}${organizerRow(view)}</dl></section>`;
}
