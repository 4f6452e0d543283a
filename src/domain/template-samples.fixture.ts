import { TEMPLATE_TOKENS } from './template-tokens.js';
import type { TokenContext } from './template-values.js';

/** A subject using tokens the way coordinators do. */
export const SAMPLE_SUBJECT =
  '{{ interview.title }} with {{ company.name }} on {{ interview.date }} at {{ interview.time }}';

/** A body with every registry token in text, plus tokens as a whole href and inside mailto:. */
export const EVERY_TOKEN_BODY = [
  '<h2>{{ interview.title }}</h2>',
  '<p>Hello {{ recipient.first_name }},</p>',
  '<ul>',
  ...TEMPLATE_TOKENS.map((t) => `<li>${t.name}: {{ ${t.name} }}</li>`),
  '</ul>',
  '<p><a href="{{ interview.link }}">Confirm</a> or join at',
  ' <a href="{{ interview.meeting_url }}">{{ interview.meeting_url }}</a>.',
  ' Questions: <a href="mailto:{{ organizer.email }}">{{ organizer.name }}</a></p>',
].join('\n');

/** The sample interview behind the registry's examples: Berlin, 3 March 2026, 10:00-11:30. */
export function sampleContext(recipient: TokenContext['recipient']): TokenContext {
  return {
    interview: {
      title: 'Technical interview',
      startsAt: new Date('2026-03-03T09:00:00Z'),
      durationMinutes: 90,
      timeZone: 'Europe/Berlin',
      location: 'Room 4.2, Example Corp HQ, Berlin',
      meetingUrl: 'https://meet.example.com/abc-defg-hij',
      notes: 'Please bring a photo ID.',
    },
    candidate: { firstName: 'Ada', lastName: 'Lovelace' },
    recipient,
    interviewers: ['Grace Hopper', 'Alan Turing'],
    jobTitle: 'Backend Engineer',
    organizer: { name: 'Margaret Hamilton', email: 'margaret@example.com' },
    companyName: 'Example Corp',
    link: 'https://convene.example.com/i/q7Xc2mP9rT',
  };
}
