import { describe, expect, it } from 'vitest';
import { candidateChanges, refusalMessage } from './candidate-changes.js';

const startsAt = new Date('2030-01-15T10:00:00Z');
const endsAt = new Date('2030-01-15T11:00:00Z');
const policy = { cutoffHours: 24, maxReschedules: 2 };
const at = (iso: string) => new Date(iso);

describe('what a candidate may change from their link', () => {
  it('allows both until the cut-off, counting the moves left', () => {
    const changes = candidateChanges({
      policy,
      status: 'scheduled',
      startsAt,
      endsAt,
      reschedules: 1,
      now: at('2030-01-14T09:59:59Z'),
    });
    expect(changes).toEqual({
      until: '2030-01-14T10:00:00.000Z',
      cutoffHours: 24,
      reschedulesLeft: 1,
      reschedule: { allowed: true, refusal: null },
      cancel: { allowed: true, refusal: null },
    });
  });

  it('refuses both from the cut-off on, whatever else holds', () => {
    const changes = candidateChanges({
      policy,
      status: 'awaiting_confirmation',
      startsAt,
      endsAt,
      reschedules: 2,
      now: at('2030-01-14T10:00:00Z'),
    });
    expect(changes.reschedule.refusal).toBe('cutoff');
    expect(changes.cancel.refusal).toBe('cutoff');
    expect(changes.reschedulesLeft).toBe(0);
  });

  it('refuses a move at the limit or when switched off, but not a cancel', () => {
    const base = {
      policy,
      status: 'scheduled' as const,
      startsAt,
      endsAt,
      now: at('2030-01-01T00:00:00Z'),
    };
    const full = candidateChanges({ ...base, reschedules: 2 });
    expect([full.reschedule.refusal, full.cancel.allowed]).toEqual(['limit', true]);
    const off = candidateChanges({
      ...base,
      policy: { cutoffHours: 24, maxReschedules: 0 },
      reschedules: 0,
    });
    expect([off.reschedule.refusal, off.cancel.allowed]).toEqual(['disabled', true]);
  });

  it('refuses both once cancelled or over, and allows until the start with no cut-off', () => {
    const base = { policy, startsAt, endsAt, reschedules: 0, now: at('2030-01-01T00:00:00Z') };
    expect(candidateChanges({ ...base, status: 'cancelled' }).cancel.refusal).toBe('closed');
    const over = candidateChanges({
      ...base,
      status: 'scheduled',
      now: at('2030-01-15T11:00:00Z'),
    });
    expect(over.reschedule.refusal).toBe('closed');
    const late = candidateChanges({
      ...base,
      status: 'scheduled',
      policy: { cutoffHours: 0, maxReschedules: 2 },
      now: at('2030-01-15T09:59:00Z'),
    });
    expect(late.reschedule.allowed).toBe(true);
  });

  it('says why in one sentence', () => {
    expect(refusalMessage('cutoff', policy)).toBe(
      'Changes are possible until 24 hours before the start.',
    );
    expect(refusalMessage('cutoff', { cutoffHours: 1, maxReschedules: 1 })).toBe(
      'Changes are possible until 1 hour before the start.',
    );
    expect(refusalMessage('cutoff', { cutoffHours: 0, maxReschedules: 1 })).toBe(
      'Changes are possible until the start.',
    );
    expect(refusalMessage('limit', policy)).toBe(
      'This interview has been moved twice already, the most allowed.',
    );
  });
});
