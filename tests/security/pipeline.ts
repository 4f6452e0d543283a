import { LOCAL_TIME_SCRIPT } from '../../src/pages/local-time-script.js';
import type { Credentials, TestApp } from '../helpers/app.js';
import { linkIn } from '../helpers/interviews.js';
import { settleOutbox } from '../helpers/outbox.js';
import { answerProblems } from './answers.js';
import { EMAIL_MARKUP, escapeText, markupProblems, pageProblems } from './html-checks.js';
import { type ExpectedCalendar, mailProblems, oneLine } from './mail-checks.js';
import { nextAddress } from './sweep.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are JSON of every shape.
type Json = any;
type Participant = { id: string; role: string; name: string; email: string };
type Message = { id: string; participantId: string; kind: string; subject: string };

export interface PipelineContext {
  t: TestApp;
  admin: Credentials;
  coordinator: Credentials;
  coordinatorUser: { name: string; email: string };
  templates: { candidate: string; interviewer: string };
}

/** One case's journey: the context, the hostile value, and what went wrong on the way. */
interface Trail extends PipelineContext {
  value: string;
  problems: string[];
}

let serial = 0;

/**
 * Follows one hostile value everywhere it can go: candidate and interviewer names, the
 * interview's title, job, place, link and notes, an edited invite subject and body, a decline
 * reason (page form and JSON) and a cancel reason. Fields that refuse it get a plain value; what
 * is accepted is checked in every output: JSON, delivered email and .ics, both recipient pages.
 * Returns the problems found.
 */
export async function followThroughPipeline(ctx: PipelineContext, value: string) {
  const trail: Trail = { ...ctx, value, problems: [] };
  const { interview, editedSubject } = await createAndInvite(trail);
  const tokens = await checkInvites(trail, interview, editedSubject);
  await checkPages(trail, interview, tokens);
  await checkDeclines(trail, interview.id, tokens);
  await checkCancel(trail, interview);
  return trail.problems;
}

function note(trail: Trail, where: string, found: string[]): void {
  trail.problems.push(...found.map((p) => `${where}: ${p}`));
}

/**
 * Posts a body carrying the value; each field refused with a 400 gets its plain value (or is
 * dropped when the plain value is undefined) and the post is retried.
 */
async function create(
  trail: Trail,
  url: string,
  as: Credentials,
  body: Record<string, unknown>,
  plain: Record<string, unknown>,
): Promise<{ data: Json; replaced: Set<string> }> {
  const replaced = new Set<string>();
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const answer = await trail.t.call({ method: 'POST', url, as, payload: body });
    note(trail, `POST ${url}`, answerProblems(answer));
    if (answer.statusCode < 300) return { data: answer.data, replaced };
    const issues: Array<{ field: string }> = answer.data?.error?.details?.issues ?? [];
    if (
      answer.statusCode !== 400 ||
      issues.length === 0 ||
      issues.some((i) => !(i.field in plain))
    ) {
      throw new Error(`POST ${url} failed: ${answer.body.slice(0, 300)}\n${trail.problems}`);
    }
    for (const { field } of issues) {
      replaced.add(field);
      setOrDrop(body, field, plain[field]);
    }
  }
  throw new Error(`POST ${url}: still refused after four attempts`);
}

async function createAndInvite(trail: Trail) {
  const { value } = trail;
  serial += 1;
  const candidate = await create(
    trail,
    '/api/v1/candidates',
    trail.coordinator,
    { firstName: value, lastName: value, email: `c${serial}@pipeline.example.com` },
    { firstName: 'Kenji', lastName: 'Sato' },
  );
  const interviewer = await create(
    trail,
    '/api/v1/users',
    trail.admin,
    {
      name: value,
      email: `i${serial}@pipeline.example.com`,
      timeZone: 'Europe/Berlin',
      role: 'interviewer',
    },
    { name: 'Nora York' },
  );
  const text = { title: value, jobTitle: value, location: value, meetingUrl: value, notes: value };
  const { data: interview, replaced } = await create(
    trail,
    '/api/v1/interviews',
    trail.coordinator,
    {
      ...text,
      candidateId: candidate.data.id,
      interviewerIds: [interviewer.data.id],
      startsAt: '2031-05-06T09:00:00Z',
      durationMinutes: 45,
      timeZone: 'Europe/Berlin',
    },
    {
      title: 'Screening',
      jobTitle: 'Engineer',
      location: 'Room 1',
      meetingUrl: 'https://meet.example.com/x',
      notes: 'Bring ID.',
    },
  );
  for (const [field, sent] of Object.entries(text)) {
    if (!replaced.has(field) && interview[field] !== (sent.trim() || null)) {
      trail.problems.push(`interview ${field} echoed as ${JSON.stringify(interview[field])}`);
    }
  }
  const subject = `Interview: ${value}`;
  const invite = await create(
    trail,
    `/api/v1/interviews/${interview.id}/invites`,
    trail.coordinator,
    {
      candidate: {
        templateId: trail.templates.candidate,
        subject,
        body: `<p>${value}</p><p>{{ interview.link }}</p>`,
      },
      interviewer: { templateId: trail.templates.interviewer },
    },
    { 'candidate.subject': undefined, 'candidate.body': undefined },
  );
  const editedSubject = invite.replaced.has('candidate.subject') ? undefined : oneLine(subject);
  return { interview, editedSubject };
}

// What each participant's own event must say: the candidate sees only themselves, an
// interviewer the panel and never the candidate's address.
function calendarFor(
  trail: Trail,
  interview: Json,
  person: Participant,
  method: ExpectedCalendar['method'],
): ExpectedCalendar {
  const people: Participant[] = interview.participants;
  return {
    method,
    organizer: trail.t.config.mailFrom,
    summary: oneLine(interview.title),
    location: interview.location === null ? null : oneLine(interview.location),
    attendees:
      person.role === 'candidate'
        ? people.filter((p) => p.id === person.id)
        : people.filter((p) => p.role === 'interviewer'),
  };
}

/** The meeting requests as delivered; returns each recipient's link token by role. */
async function checkInvites(trail: Trail, interview: Json, editedSubject: string | undefined) {
  const { t, coordinator } = trail;
  await settleOutbox(t, interview.id);
  const tokens: Record<string, string> = {};
  for (const message of await messagesOf(trail, interview.id, 'invite')) {
    const person = personOf(interview, message);
    const url = `/api/v1/dev-mailbox/${message.id}`;
    const mail = await t.call({ method: 'GET', url, as: coordinator });
    note(
      trail,
      `invite to ${person.role} (JSON html)`,
      markupProblems(mail.data.html, EMAIL_MARKUP),
    );
    tokens[person.role] = linkIn(mail.data.text).token;
    const subject = (person.role === 'candidate' && editedSubject) || message.subject;
    note(
      trail,
      `invite to ${person.role}`,
      await mailProblems(await emlOf(trail, message.id), {
        to: person,
        from: t.config.mailFrom,
        replyTo: trail.coordinatorUser,
        subject,
        calendar: calendarFor(trail, interview, person, 'REQUEST'),
      }),
    );
  }
  return tokens;
}

/** Both recipient pages and their JSON twins. */
async function checkPages(trail: Trail, interview: Json, tokens: Record<string, string>) {
  for (const [role, token] of Object.entries(tokens)) {
    const page = await trail.t.call({
      method: 'GET',
      url: `/i/${token}`,
      remoteAddress: nextAddress(),
    });
    note(trail, `${role} page`, pageProblems(page, LOCAL_TIME_SCRIPT));
    if (!page.body.includes(`>${escapeText(interview.title)}<`)) {
      trail.problems.push(`${role} page does not show the title as text`);
    }
    const twin = await trail.t.call({
      method: 'GET',
      url: `/api/v1/invitations/${token}`,
      remoteAddress: nextAddress(),
    });
    if (twin.data.title !== interview.title) trail.problems.push(`${role} JSON twin title`);
  }
}

/**
 * The value as a decline reason: the candidate through the page form, the interviewer through
 * the JSON twin; then the coordinator's notice must be as clean as the invites.
 */
async function checkDeclines(trail: Trail, id: string, tokens: Record<string, string>) {
  const { t, value } = trail;
  const form = await t.call({
    method: 'POST',
    url: `/i/${tokens.candidate}/decline`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ reason: value }).toString(),
    remoteAddress: nextAddress(),
  });
  note(trail, 'page decline', answerProblems(form, true));
  if (form.statusCode === 303) {
    const page = await t.call({
      method: 'GET',
      url: `/i/${tokens.candidate}?notice=declined`,
      remoteAddress: nextAddress(),
    });
    note(trail, 'candidate page after declining', pageProblems(page, LOCAL_TIME_SCRIPT));
  }
  const json = await t.call({
    method: 'POST',
    url: `/api/v1/invitations/${tokens.interviewer}/decline`,
    payload: { reason: value },
    remoteAddress: nextAddress(),
  });
  note(trail, 'JSON decline', answerProblems(json));
  if (json.statusCode === 200 && json.data.invitation.declineReason !== (value.trim() || null)) {
    trail.problems.push(
      `declineReason echoed as ${JSON.stringify(json.data.invitation.declineReason)}`,
    );
  }
  await settleOutbox(t, id);
  for (const notice of await messagesOf(trail, id, 'notice')) {
    note(
      trail,
      'notice to the coordinator',
      await mailProblems(await emlOf(trail, notice.id), {
        to: trail.coordinatorUser,
        from: t.config.mailFrom,
        automatic: true,
        subject: notice.subject,
      }),
    );
  }
}

/** The value as a cancel reason: every participant gets METHOD:CANCEL, as clean. */
async function checkCancel(trail: Trail, interview: Json) {
  const { t } = trail;
  const cancel = await t.call({
    method: 'POST',
    url: `/api/v1/interviews/${interview.id}/cancel`,
    as: trail.coordinator,
    payload: { reason: trail.value },
  });
  note(trail, 'cancel', answerProblems(cancel));
  if (cancel.statusCode !== 200) return;
  await settleOutbox(t, interview.id);
  for (const message of await messagesOf(trail, interview.id, 'cancel')) {
    const person = personOf(interview, message);
    note(
      trail,
      `cancel to ${person.role}`,
      await mailProblems(await emlOf(trail, message.id), {
        to: person,
        from: t.config.mailFrom,
        replyTo: trail.coordinatorUser,
        subject: message.subject,
        calendar: calendarFor(trail, interview, person, 'CANCEL'),
      }),
    );
  }
}

function personOf(interview: Json, message: Message): Participant {
  const person = (interview.participants as Participant[]).find(
    (p) => p.id === message.participantId,
  );
  if (!person) throw new Error(`message ${message.id} is to no participant`);
  return person;
}

async function messagesOf(trail: Trail, id: string, kind: string): Promise<Message[]> {
  const url = `/api/v1/interviews/${id}/messages`;
  const list = await trail.t.call({ method: 'GET', url, as: trail.coordinator });
  return (list.data.items as Message[]).filter((m) => m.kind === kind);
}

async function emlOf(trail: Trail, messageId: string): Promise<string> {
  const url = `/api/v1/dev-mailbox/${messageId}/eml`;
  return (await trail.t.call({ method: 'GET', url, as: trail.coordinator })).body;
}

function setOrDrop(body: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = body;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}
