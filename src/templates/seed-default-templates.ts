import type { RootDb, Transaction } from '../db/database.js';
import { nowDbTime } from '../db/time.js';
import { createTemplate } from './create-template.js';

const SEEDED = 'default_templates_seeded_at';

const CANDIDATE_BODY = `<p>Hello {{ recipient.first_name }},</p>
<p>Thank you for your interest in {{ company.name }}. We would like to invite you to an interview: <strong>{{ interview.title }}</strong>.</p>
<ul>
<li><strong>Role:</strong> {{ job.title }}</li>
<li><strong>When:</strong> {{ interview.date }}, {{ interview.time }} ({{ interview.duration }})</li>
<li><strong>Where:</strong> {{ interview.location }} {{ interview.meeting_url }}</li>
<li><strong>With:</strong> {{ interviewers.names }}</li>
</ul>
<p><strong>Please confirm that you will attend:</strong> select the <a href="{{ interview.link }}">Interview Link</a>, then select <strong>Confirm</strong>. If the time does not work for you, you can decline on the same page and tell us why.</p>
<p>This email is also a calendar invitation, so the interview can go straight into your calendar.</p>
<p>Best regards,<br>{{ organizer.name }}<br>{{ company.name }}</p>`;

const INTERVIEWER_BODY = `<p>Hello {{ recipient.first_name }},</p>
<p>You are on the interview panel for <strong>{{ interview.title }}</strong> with <strong>{{ candidate.full_name }}</strong>.</p>
<ul>
<li><strong>Role:</strong> {{ job.title }}</li>
<li><strong>When:</strong> {{ interview.date }}, {{ interview.time }} ({{ interview.duration }})</li>
<li><strong>Where:</strong> {{ interview.location }} {{ interview.meeting_url }}</li>
<li><strong>Panel:</strong> {{ interviewers.names }}</li>
</ul>
<p><strong>Notes:</strong> {{ interview.notes }}</p>
<p><strong>Please confirm:</strong> select the <a href="{{ interview.link }}">Interview Link</a>, then select <strong>Confirm</strong>. If you cannot make it, decline there with a reason so we can find a replacement.</p>
<p>Thank you,<br>{{ organizer.name }}</p>`;

// A fact left empty (no role, no place, no notes) leaves its list item or paragraph out
// (domain/template-render.ts), so these read well with or without them.

/**
 * Gives a new database one invitable candidate invite and one interviewer invite, once: a
 * settings row remembers it, so templates an admin deleted do not come back on restart.
 */
export async function seedDefaultTemplates(db: RootDb): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await claimSeed(trx, SEEDED))) return false;
    await createTemplate({
      db: trx,
      actor: undefined,
      name: 'Candidate Invite',
      audience: 'candidate',
      subject: 'Interview invitation: {{ interview.title }} on {{ interview.date }}',
      body: CANDIDATE_BODY,
    });
    await createTemplate({
      db: trx,
      actor: undefined,
      name: 'Interviewer Invite',
      audience: 'interviewer',
      subject:
        'Interview: {{ candidate.full_name }}, {{ interview.title }} on {{ interview.date }}',
      body: INTERVIEWER_BODY,
    });
    return true;
  });
}

/**
 * Writes the settings row that says a seed was done, in the seed's transaction; false when it
 * was done before (so a deleted template does not come back on restart).
 */
export async function claimSeed(trx: Transaction, key: string): Promise<boolean> {
  // ON CONFLICT instead of catching the unique violation: on PostgreSQL an error inside a
  // transaction aborts it, and the restart would fail to commit.
  const claimed = await trx
    .insertInto('settings')
    .values({ key, value: nowDbTime() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return claimed !== undefined;
}
