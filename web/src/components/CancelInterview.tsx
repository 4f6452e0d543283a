import { Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { cancelInterview } from '../i18n/en/cancel-interview.js';
import { useText } from '../i18n/text.js';
import { candidateName } from '../interview-facts.js';
import { interviewWritten, invalidate, keys } from '../queries.js';
import type { Interview } from '../types.js';

/**
 * Returns `cancel(interview)`: asks for confirmation (with an optional reason), then cancels;
 * participants who were invited get a calendar cancellation.
 */
export function useCancelInterview(): (interview: Interview) => void {
  const t = useText(cancelInterview);
  const client = useQueryClient();
  return (interview) => {
    let reason = '';
    const candidate = candidateName(interview);
    modals.openConfirmModal({
      title: t('cancel.title'),
      children: (
        <Stack gap="sm">
          <Text size="sm">
            {t(interview.invitesSentAt ? 'cancel.bodySent' : 'cancel.bodyUnsent', {
              title: interview.title,
              candidate,
            })}
          </Text>
          <Textarea
            label={t('cancel.reason')}
            description={t('cancel.reasonHint')}
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
      labels: { confirm: t('cancel.confirm'), cancel: t('cancel.keep') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        api<Interview>('POST', `/interviews/${interview.id}/cancel`, {
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        })
          .then((cancelled) => {
            void interviewWritten(client, cancelled);
            notifications.show({
              color: 'green',
              title: t('cancel.done'),
              message: t('cancel.doneMessage', { title: cancelled.title, candidate }),
            });
          })
          .catch((error: Error) => {
            void invalidate(client, keys.interviews);
            notifications.show({
              color: 'red',
              title: t('cancel.error'),
              message: error.message,
            });
          });
      },
    });
  };
}
