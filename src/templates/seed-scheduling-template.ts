import type { RootDb } from '../db/database.js';
import { createTemplate } from './create-template.js';
import { claimSeed } from './seed-default-templates.js';

const SEEDED = 'scheduling_template_seeded_at';

const BODY = `<p>Hello {{ recipient.first_name }},</p>
<p>Thank you for your interest in {{ company.name }}. We would like to invite you to an interview: <strong>{{ interview.title }}</strong> ({{ interview.duration }}) with {{ interviewers.names }}.</p>
<p><strong>Please choose a time that suits you:</strong> open <a href="{{ scheduling.link }}">your scheduling page</a> and select one of the free times. It is booked at once, and you will get an invitation for your calendar.</p>
<p>Best regards,<br>{{ organizer.name }}<br>{{ company.name }}</p>`;

/**
 * Gives every database one request template for self-scheduling (it holds `{{ scheduling.link }}`),
 * once: a settings row of its own remembers it, so databases seeded before scheduling requests
 * existed get it too, and one an admin deleted does not come back on restart.
 */
export async function seedSchedulingTemplate(db: RootDb): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await claimSeed(trx, SEEDED))) return false;
    await createTemplate({
      db: trx,
      actor: undefined,
      name: 'Scheduling Request',
      audience: 'candidate',
      subject: 'Choose a time for your interview: {{ interview.title }}',
      body: BODY,
    });
    return true;
  });
}
