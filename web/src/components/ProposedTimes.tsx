import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatRange } from '../format.js';
import { interviewQueries, interviewWritten, invalidate, keys } from '../queries.js';
import { useSession } from '../session.js';
import type { Interview, Proposal } from '../types.js';

/** Polled with the rest of Interview Details, so a calendar's proposal shows up by itself. */
const POLL_MS = 4000;

/**
 * "Not then": the times participants proposed instead of the invite's, each with Accept (a
 * reschedule to it: everyone gets an update and confirms again) and Decline (its author's
 * calendar is told). Shown only while some are open.
 */
export function ProposedTimes({ interview }: { interview: Interview }) {
  const { user } = useSession();
  const client = useQueryClient();
  const proposals = useQuery({
    ...interviewQueries.proposals(interview.id),
    refetchInterval: POLL_MS,
  });
  const done = (title: string, message: string) => {
    notifications.show({ color: 'green', title, message });
    void invalidate(client, keys.interviews);
  };
  const failed = (title: string) => (error: Error) => {
    notifications.show({ color: 'red', title, message: error.message });
    void invalidate(client, keys.interviews);
  };
  const accept = useMutation({
    mutationFn: (p: Proposal) =>
      api<Interview>('POST', `/interviews/${interview.id}/proposals/${p.id}/accept`, {
        version: interview.version,
      }),
    onSuccess: (moved) => {
      void interviewWritten(client, moved);
      done('Interview rescheduled', 'Everyone gets an update and is asked to confirm again.');
    },
    onError: failed('Could not accept the proposed time'),
  });
  const decline = useMutation({
    mutationFn: (p: Proposal) =>
      api<Proposal>('POST', `/interviews/${interview.id}/proposals/${p.id}/decline`),
    onSuccess: () => done('Proposed time declined', 'Its author’s calendar is told.'),
    onError: failed('Could not decline the proposed time'),
  });
  const open = (proposals.data?.items ?? [])
    .filter((p) => p.state === 'open')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (proposals.isError) {
    return (
      <Alert color="red" role="alert" title="Could not load proposed times">
        {proposals.error.message}
      </Alert>
    );
  }
  if (open.length === 0) return null;
  const busy = accept.isPending || decline.isPending;
  const nameOf = (p: Proposal) =>
    interview.participants.find((x) => x.id === p.participantId)?.name ?? 'A participant';
  return (
    <section aria-labelledby="proposals-heading">
      <Title order={3} id="proposals-heading" mb="xs">
        Proposed times
      </Title>
      <Stack gap="xs">
        {open.map((p) => {
          const when = formatRange(p.startsAt, p.endsAt, user.timeZone);
          return (
            <Paper withBorder p="sm" key={p.id}>
              <Group justify="space-between" wrap="wrap" gap="sm">
                <div>
                  <Text fw={600}>{when}</Text>
                  <Text size="sm" c="dimmed">
                    {nameOf(p)}, {p.via === 'calendar' ? 'from their calendar' : 'on their page'}
                    {p.comment ? `: “${p.comment}”` : ''}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    disabled={busy}
                    onClick={() => accept.mutate(p)}
                    aria-label={`Accept ${when}, proposed by ${nameOf(p)}`}
                  >
                    Accept
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={busy}
                    onClick={() => decline.mutate(p)}
                    aria-label={`Decline ${when}, proposed by ${nameOf(p)}`}
                  >
                    Decline
                  </Button>
                </Group>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </section>
  );
}
