import { Alert, List } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatRange } from '../format.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { useText } from '../i18n/text.js';
import { useSession } from '../session.js';
import type { ConflictList } from '../types.js';

/** A dry run to ask the server about: the same request as the save, with `dryRun: true`. */
export interface DryRun {
  method: 'POST' | 'PATCH';
  path: string;
  body: Record<string, unknown>;
}

/**
 * What an interview would run into, asked of the server (a dry run of the save, DESIGN §9) a
 * moment after the time or the panel stops changing; null while nothing can be asked yet.
 */
export function useConflicts(request: DryRun | null) {
  const [debounced] = useDebouncedValue(request, 400);
  return useQuery({
    queryKey: ['conflicts', debounced],
    queryFn: () =>
      api<ConflictList>(debounced?.method ?? 'POST', debounced?.path ?? '', {
        ...debounced?.body,
        dryRun: true,
      }),
    enabled: debounced !== null,
    staleTime: 15_000,
    retry: false,
  });
}

/**
 * The conflicts of an interview's time with each interviewer's calendar and other interviews,
 * shown before saving. Time outside working hours is the local-times list's to flag.
 */
export function ConflictWarnings({
  request,
  names,
}: {
  request: DryRun | null;
  /** Interviewers' names by user id. */
  names: ReadonlyMap<string, string>;
}) {
  const t = useText(interviewDetails);
  const { user } = useSession();
  const conflicts = useConflicts(request);
  const shown = (conflicts.data?.conflicts ?? []).flatMap((c) =>
    c.reason === 'outside_working_hours' ? [] : [{ ...c, reason: c.reason }],
  );
  if (!request || shown.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('conflicts.title')} role="status">
      <List size="sm" spacing={2}>
        {shown.map((c) => (
          <List.Item key={`${c.userId}-${c.start}-${c.reason}`}>
            {t('conflicts.line', {
              name: names.get(c.userId) ?? t('conflicts.someone'),
              reason: c.reason,
              when: formatRange(c.start, c.end, user.timeZone),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
