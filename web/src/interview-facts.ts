/** Query keys and small read helpers shared by the interview screens. */
import type { QueryClient } from '@tanstack/react-query';
import type { Interview } from './types.js';

/** Everything under ['interviews'], so one invalidation refreshes list, details and timeline. */
export const interviewKeys = {
  all: ['interviews'] as const,
  list: (filters: Record<string, unknown>) => ['interviews', 'list', filters] as const,
  detail: (id: string) => ['interviews', id] as const,
  events: (id: string) => ['interviews', id, 'events'] as const,
};

export function invalidateInterviews(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ queryKey: interviewKeys.all });
}

export function candidateName(interview: Interview): string {
  return interview.participants.find((p) => p.role === 'candidate')?.name ?? '—';
}

export function interviewerNames(interview: Interview): string {
  return interview.participants
    .filter((p) => p.role === 'interviewer')
    .map((p) => p.name)
    .join(', ');
}

/** Cancelled and past interviews take no more changes. */
export function isOpen(interview: Interview): boolean {
  return interview.status !== 'cancelled' && interview.status !== 'completed';
}
