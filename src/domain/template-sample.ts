import type { TokenContext } from './template-values.js';

/**
 * The sample interview behind the registry's examples and the template preview: Berlin,
 * 3 March 2026, 10:00-11:30. Shown to whoever previews, in their own zone.
 */
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
    schedulingLink: 'https://convene.example.com/s/b3Vq8LmZ4w',
  };
}
