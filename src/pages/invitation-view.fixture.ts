import type { InvitationPageView } from './invitation-view.js';

/** A realistic recipient view (a candidate, still to reply); pass overrides for other cases. */
export function sampleInvitationView(
  overrides: Partial<InvitationPageView> = {},
): InvitationPageView {
  return {
    nonce: 'r4nd0mN0nce',
    token: 'tok_8f3a9c2e71d04b5fa6e0c9d2b7a41e55',
    companyName: 'Northwind Labs',
    brand: { logoUrl: null, accentColor: null },
    locale: 'en',
    title: 'Technical interview',
    jobTitle: 'Senior Backend Engineer',
    recipient: { name: 'Amira Haddad', role: 'candidate' },
    when: {
      startsAt: '2026-03-03T09:00:00.000Z',
      endsAt: '2026-03-03T10:30:00.000Z',
      text: 'Tuesday, 3 March 2026, 10:00 – 11:30 (Europe/Berlin)',
      timeZone: 'Europe/Berlin',
    },
    location: 'Northwind Labs, Friedrichstraße 68, 3rd floor, 10117 Berlin',
    meetingUrl: 'https://meet.example.com/abc-defg-hij',
    notes:
      'Please bring a photo ID for reception.\nWe will pair on a small API design exercise; no preparation needed.',
    people: [
      { name: 'Amira Haddad', role: 'candidate' },
      { name: 'Jonas Becker', role: 'interviewer' },
      { name: 'Priya Raman', role: 'interviewer' },
    ],
    organizer: { name: 'Lena Vogel', email: 'lena.vogel@northwind.example' },
    attendance: 'pending',
    declineReason: null,
    interviewStatus: 'awaiting_confirmation',
    canRespond: true,
    changes: {
      until: '2026-03-02T09:00:00.000Z',
      cutoffHours: 24,
      reschedulesLeft: 2,
      reschedule: { allowed: true, refusal: null },
      cancel: { allowed: true, refusal: null },
    },
    notice: null,
    ...overrides,
  };
}
