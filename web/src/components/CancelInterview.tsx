import { Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { candidateName } from '../interview-facts.js';
import { interviewWritten, invalidate, keys } from '../queries.js';
import type { Interview } from '../types.js';

/**
 * Returns `cancel(interview)`: asks for confirmation (with an optional reason), then cancels;
 * participants who were invited get a calendar cancellation.
 */
export function useCancelInterview(): (interview: Interview) => void {
  const client = useQueryClient();
  return (interview) => {
    let reason = '';
    const who = candidateName(interview);
    modals.openConfirmModal({
      title: 'Cancel this interview?',
      children: (
        <Stack gap="sm">
          <Text size="sm">
            {interview.title} with {who} will be cancelled.
            {interview.invitesSentAt
              ? ' Everyone invited gets a calendar cancellation.'
              : ' No invites were sent, so nobody is notified.'}
          </Text>
          <Textarea
            label="Reason (optional)"
            description="Kept in the interview’s timeline"
            autosize
            minRows={2}
            maxLength={1000}
            data-autofocus
            onChange={(e) => {
              reason = e.currentTarget.value;
            }}
          />
        </Stack>
      ),
      labels: { confirm: 'Cancel interview', cancel: 'Keep interview' },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        api<Interview>('POST', `/interviews/${interview.id}/cancel`, {
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        })
          .then((cancelled) => {
            void interviewWritten(client, cancelled);
            notifications.show({
              color: 'green',
              title: 'Interview cancelled',
              message: `${cancelled.title} with ${who} is cancelled.`,
            });
          })
          .catch((error: Error) => {
            void invalidate(client, keys.interviews);
            notifications.show({
              color: 'red',
              title: 'Could not cancel the interview',
              message: error.message,
            });
          });
      },
    });
  };
}
