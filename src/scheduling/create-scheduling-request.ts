import { randomUUID } from 'node:crypto';
import { brandedSettings } from '../branding/branding-store.js';
import { hashSecret, newSecret } from '../crypto/secrets.js';
import type { Queryable, RootDb } from '../db/database.js';
import type { SchedulingRequestsTable, TemplatesTable } from '../db/schema.js';
import { toDbTime } from '../db/time.js';
import { parseWindow } from '../domain/availability-rules.js';
import { invalid } from '../domain/errors.js';
import { interviewFieldIssues } from '../domain/interview-rules.js';
import { type Actor, assertCan } from '../domain/permissions.js';
import {
  SCHEDULING_BUFFER_MINUTES,
  SCHEDULING_NOTICE_MINUTES,
  SCHEDULING_STEP_MINUTES,
} from '../domain/scheduling-rules.js';
import { parseVariants } from '../domain/template-variants.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import { loadPeople } from '../interviews/load-people.js';
import { markTemplatesUsed } from '../invites/send-invites.js';
import { enqueueMessage } from '../mail/enqueue-message.js';
import type { MailSettings } from '../mail/mail-settings.js';
import { resolveInviteContents } from '../messages/invite-content.js';
import type { SchedulingRequest, SchedulingRequestInput } from '../shapes/types.js';
import { buildSchedulingEmail } from './scheduling-email.js';
import { schedulingLink, toSchedulingRequest } from './scheduling-view.js';

export interface CreateSchedulingRequestOptions {
  db: RootDb;
  actor: Actor;
  input: SchedulingRequestInput;
  settings: MailSettings;
  now?: Date;
}

/**
 * A scheduling request (DESIGN §9): stores who and what the interview will be, and queues the
 * candidate's email carrying their personal scheduling page, in one transaction. The invites
 * sent once booked are checked and their wording kept now, so a booking cannot fail on them
 * later (a template archived or edited meanwhile changes nothing).
 */
export async function createSchedulingRequest(
  options: CreateSchedulingRequestOptions,
): Promise<SchedulingRequest> {
  const { db, actor, input, settings, now = new Date() } = options;
  assertCan(actor, 'interviews:write');
  const issues = interviewFieldIssues(
    {
      title: input.title,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      location: input.location,
      meetingUrl: input.meetingUrl,
      interviewerIds: input.interviewerIds,
    },
    now,
  );
  if (issues.length > 0) invalid(issues);
  const window = parseWindow(input.from, input.to);
  if (window.to.getTime() <= now.getTime()) invalid([{ field: 'to', message: 'is in the past' }]);
  const template = await requestTemplate(db, input.requestTemplateId);
  const contents = await resolveInviteContents(db, {
    candidate: input.candidate,
    interviewer: input.interviewer,
  });
  const { candidate, interviewers } = await loadPeople(db, input.candidateId, input.interviewerIds);

  const token = newSecret();
  const stamp = toDbTime(now);
  const row: SchedulingRequestsTable = {
    id: randomUUID(),
    candidate_id: candidate.id,
    interviewer_ids: JSON.stringify(input.interviewerIds),
    title: input.title.trim(),
    duration_minutes: input.durationMinutes,
    window_from: toDbTime(window.from),
    window_to: toDbTime(window.to),
    time_zone: canonicalTimeZone(input.timeZone),
    location: input.location?.trim() || null,
    meeting_url: input.meetingUrl?.trim() || null,
    request_template_id: template.id,
    candidate_template_id: input.candidate.templateId,
    interviewer_template_id: input.interviewer.templateId,
    invite_content: JSON.stringify(contents),
    status: 'sent',
    token_hash: hashSecret(token),
    opened_at: null,
    booked_at: null,
    interview_id: null,
    expires_at: toDbTime(window.to),
    cancelled_at: null,
    created_by: actor.userId,
    created_at: stamp,
    updated_at: stamp,
    version: 1,
    reminded_at: null,
    reminder_token_hash: null,
    buffer_minutes: input.bufferMinutes ?? SCHEDULING_BUFFER_MINUTES,
    min_notice_minutes: input.minNoticeMinutes ?? SCHEDULING_NOTICE_MINUTES,
    step_minutes: input.stepMinutes ?? SCHEDULING_STEP_MINUTES,
  };
  const email = await buildSchedulingEmail({
    request: row,
    candidate,
    interviewers,
    template: { ...template, variants: parseVariants(template.variants) },
    link: schedulingLink(settings.publicUrl, token),
    organizer: { name: actor.name, email: actor.email },
    settings: await brandedSettings(db, settings),
    now,
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('scheduling_requests').values(row).execute();
    await enqueueMessage(trx, email);
    // A template a request will send is in use: deleting it archives it instead.
    await markTemplatesUsed(
      trx,
      [template.id, input.candidate.templateId, input.interviewer.templateId],
      now,
    );
  });
  const names = {
    candidateName: `${candidate.first_name} ${candidate.last_name}`.trim(),
    interviewerNames: interviewers.map((u) => u.name),
  };
  return toSchedulingRequest(row, names, now);
}

/** The request template: a candidate template, not archived, carrying `{{ scheduling.link }}`. */
async function requestTemplate(db: Queryable, id: string): Promise<TemplatesTable> {
  const field = 'requestTemplateId';
  const row = await db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) invalid([{ field, message: `no template with id ${id}` }]);
  if (row.audience !== 'candidate') invalid([{ field, message: 'is not a candidate template' }]);
  if (row.archived) invalid([{ field, message: 'is archived' }]);
  if (!row.schedulable) {
    invalid([
      { field, message: 'has no {{ scheduling.link }} token, so it cannot ask for a time' },
    ]);
  }
  return row;
}
