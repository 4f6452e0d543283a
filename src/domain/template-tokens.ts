/**
 * The standard tokens of DESIGN §3: the single list the editor menu, the docs, validation and
 * rendering all read, so a token cannot exist in one place and be missing in another.
 */
export interface TokenDefinition {
  /** Written `{{ name }}` in a subject or body. */
  name: string;
  /** Shown on the editor's chip and menu entry. */
  label: string;
  description: string;
  /** What the token renders as for the sample interview used throughout the docs. */
  example: string;
}

/** The Interview Standard Token: a template must contain it to be offered in Send Invites. */
export const INTERVIEW_LINK_TOKEN = 'interview.link';

/** The candidate's scheduling page: a template must contain it to be offered for scheduling requests (DESIGN §9). */
export const SCHEDULING_LINK_TOKEN = 'scheduling.link';

export const TEMPLATE_TOKENS = [
  {
    name: INTERVIEW_LINK_TOKEN,
    label: 'Interview Link',
    description: "The recipient's personal link to the Interview Details page (Confirm / Decline).",
    example: 'https://convene.example.com/i/q7Xc2mP9rT',
  },
  {
    name: 'interview.title',
    label: 'Interview title',
    description: 'The title or type of the interview.',
    example: 'Technical interview',
  },
  {
    name: 'interview.date',
    label: 'Interview date',
    description: "The start date in the recipient's time zone and locale.",
    example: 'Tuesday, 3 March 2026',
  },
  {
    name: 'interview.time',
    label: 'Start time',
    description: "The start time in the recipient's time zone, with the zone named.",
    example: '10:00 (Europe/Berlin)',
  },
  {
    name: 'interview.end_time',
    label: 'End time',
    description: "The end time in the recipient's time zone, with the zone named.",
    example: '11:30 (Europe/Berlin)',
  },
  {
    name: 'interview.timezone',
    label: 'Time zone',
    description: 'The IANA time zone the date and times are shown in.',
    example: 'Europe/Berlin',
  },
  {
    name: 'interview.duration',
    label: 'Duration',
    description: 'How long the interview lasts, in words.',
    example: '1 hour 30 minutes',
  },
  {
    name: 'interview.location',
    label: 'Location',
    description: 'Where the interview takes place; empty when not set.',
    example: 'Room 4.2, Example Corp HQ, Berlin',
  },
  {
    name: 'interview.meeting_url',
    label: 'Meeting URL',
    description: 'The video call link; empty when not set.',
    example: 'https://meet.example.com/abc-defg-hij',
  },
  {
    name: 'interview.notes',
    label: 'Notes',
    description: 'Notes for participants; empty when not set.',
    example: 'Please bring a photo ID.',
  },
  {
    name: 'candidate.first_name',
    label: 'Candidate first name',
    description: "The candidate's first name.",
    example: 'Ada',
  },
  {
    name: 'candidate.last_name',
    label: 'Candidate last name',
    description: "The candidate's last name.",
    example: 'Lovelace',
  },
  {
    name: 'candidate.full_name',
    label: 'Candidate full name',
    description: "The candidate's first and last name.",
    example: 'Ada Lovelace',
  },
  {
    name: 'recipient.first_name',
    label: 'Recipient first name',
    description: 'The first name of the person receiving this email.',
    example: 'Ada',
  },
  {
    name: 'recipient.full_name',
    label: 'Recipient full name',
    description: 'The full name of the person receiving this email.',
    example: 'Ada Lovelace',
  },
  {
    name: 'interviewers.names',
    label: 'Interviewer names',
    description: "Every interviewer's name, as a list in the recipient's locale.",
    example: 'Grace Hopper and Alan Turing',
  },
  {
    name: 'job.title',
    label: 'Job title',
    description: 'The job the interview is for; empty when not set.',
    example: 'Backend Engineer',
  },
  {
    name: 'organizer.name',
    label: 'Organizer name',
    description: 'The coordinator who sends the invites.',
    example: 'Margaret Hamilton',
  },
  {
    name: 'organizer.email',
    label: 'Organizer email',
    description: "The coordinator's email address.",
    example: 'margaret@example.com',
  },
  {
    name: 'company.name',
    label: 'Company name',
    description: 'The name of the hiring company.',
    example: 'Example Corp',
  },
  {
    name: SCHEDULING_LINK_TOKEN,
    label: 'Scheduling Link',
    description:
      "The candidate's personal page for picking an interview time (scheduling requests only; empty elsewhere).",
    example: 'https://convene.example.com/s/b3Vq8LmZ4w',
  },
] as const satisfies readonly TokenDefinition[];

export type TokenName = (typeof TEMPLATE_TOKENS)[number]['name'];

/** Every token's rendered value for one recipient; missing data is an empty string. */
export type TokenValues = Record<TokenName, string>;

const NAMES: ReadonlySet<string> = new Set(TEMPLATE_TOKENS.map((t) => t.name));

/** True when `name` is a standard token (exact, case-sensitive: Liquid names are). */
export function isTokenName(name: string): name is TokenName {
  return NAMES.has(name);
}

/** Sample values (each token's `example`), for previews made before any interview exists. */
export const EXAMPLE_TOKEN_VALUES = Object.fromEntries(
  TEMPLATE_TOKENS.map((t) => [t.name, t.example]),
) as TokenValues;
