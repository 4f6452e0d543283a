import { brandedSettings, brandLook } from '../branding/branding-store.js';
import type { Queryable } from '../db/database.js';
import type { InterviewsTable, ParticipantsTable } from '../db/schema.js';
import { type CandidateChangePolicy, candidateChanges } from '../domain/candidate-changes.js';
import { dateLocale, pickLocale } from '../domain/i18n/locales.js';
import { effectiveStatus, isOpenForResponses } from '../domain/interview-status.js';
import { choosePresentation, formatDate, formatTime } from '../domain/template-dates.js';
import { type MailSettings, sender } from '../mail/mail-settings.js';
import { loadOrganizer } from '../messages/message-context.js';
import type { Invitation } from '../shapes/types.js';

export interface InvitationDetailsOptions {
  db: Queryable;
  participant: ParticipantsTable;
  interview: InterviewsTable;
  settings: MailSettings;
  /** What a candidate may change from their link (CANDIDATE_* settings). */
  policy: CandidateChangePolicy;
  now: Date;
  /** The interview's participants in order, when the caller has them already. */
  participants?: ParticipantsTable[] | undefined;
  /** The organizer when the caller read it already (null: none); undefined: looked up here. */
  organizer?: { name: string; email: string } | null | undefined;
  /** The browser's Accept-Language, when a page or its JSON twin asks. */
  acceptLanguage?: string | null | undefined;
}

/** Builds the participant's view of their interview, times in their zone. */
export async function invitationDetails(options: InvitationDetailsOptions): Promise<Invitation> {
  const { db, participant, interview, policy, now, participants: known } = options;
  const settings = await brandedSettings(db, options.settings);
  const people = known
    ? known.map((p) => ({ name: p.name, role: p.role }))
    : await db
        .selectFrom('participants')
        .select(['name', 'role'])
        .where('interview_id', '=', interview.id)
        .orderBy('position')
        .execute();
  const organizer =
    options.organizer !== undefined ? options.organizer : await loadOrganizer(db, interview);
  const startsAt = new Date(interview.starts_at);
  const endsAt = new Date(interview.ends_at);
  const locale = pickLocale({
    own: participant.locale,
    acceptLanguage: options.acceptLanguage,
    companyDefault: settings.defaultLocale,
  });
  const shown = choosePresentation(
    interview.time_zone,
    participant.time_zone,
    dateLocale(locale, participant.locale),
  );
  const startTime = formatTime(startsAt, shown).replace(` (${shown.timeZone})`, '');
  return {
    companyName: settings.companyName,
    brand: brandLook(settings),
    locale,
    title: interview.title,
    jobTitle: interview.job_title,
    recipient: { name: participant.name, role: participant.role },
    when: {
      startsAt: interview.starts_at,
      endsAt: interview.ends_at,
      text: `${formatDate(startsAt, shown)}, ${startTime} – ${formatTime(endsAt, shown)}`,
      timeZone: shown.timeZone,
    },
    location: interview.location,
    meetingUrl: interview.meeting_url,
    notes: interview.notes,
    people,
    organizer: organizer ?? sender(settings),
    attendance: participant.attendance,
    respondedAt: participant.responded_at,
    declineReason: participant.decline_reason,
    interviewStatus: effectiveStatus(interview.status, endsAt, now),
    canRespond: isOpenForResponses(interview.status, endsAt, now),
    changes:
      participant.role === 'candidate'
        ? candidateChanges({
            policy,
            status: interview.status,
            startsAt,
            endsAt,
            reschedules: interview.candidate_reschedules,
            now,
          })
        : null,
  };
}
