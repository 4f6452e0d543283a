import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { formatRange } from '../format.js';
import { interviewDetails } from '../i18n/en/interview-details.js';
import { useText } from '../i18n/text.js';
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
  const t = useText(interviewDetails);
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
      done(t('proposals.accepted'), t('proposals.acceptedMessage'));
    },
    onError: failed(t('proposals.acceptError')),
  });
  const decline = useMutation({
    mutationFn: (p: Proposal) =>
      api<Proposal>('POST', `/interviews/${interview.id}/proposals/${p.id}/decline`),
    onSuccess: () => done(t('proposals.declined'), t('proposals.declinedMessage')),
    onError: failed(t('proposals.declineError')),
  });
  const open = (proposals.data?.items ?? [])
    .filter((p) => p.state === 'open')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (proposals.isError) {
    return (
      <Alert color="red" role="alert" title={t('proposals.loadError')}>
        {proposals.error.message}
      </Alert>
    );
  }
  if (open.length === 0) return null;
  const busy = accept.isPending || decline.isPending;
  const nameOf = (p: Proposal) =>
    interview.participants.find((x) => x.id === p.participantId)?.name ?? t('proposals.someone');
  return (
    <section aria-labelledby="proposals-heading">
      <Title order={3} id="proposals-heading" mb="xs">
        {t('proposals.title')}
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
                    {p.comment
                      ? t('proposals.fromComment', {
                          name: nameOf(p),
                          via: p.via,
                          comment: p.comment,
                        })
                      : t('proposals.from', { name: nameOf(p), via: p.via })}
                  </Text>
                </div>
                <Group gap="xs">
                  <Button
                    size="xs"
                    disabled={busy}
                    onClick={() => accept.mutate(p)}
                    aria-label={t('proposals.acceptLabel', { when, name: nameOf(p) })}
                  >
                    {t('proposals.accept')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={busy}
                    onClick={() => decline.mutate(p)}
                    aria-label={t('proposals.declineLabel', { when, name: nameOf(p) })}
                  >
                    {t('proposals.decline')}
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
