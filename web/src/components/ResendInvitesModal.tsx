import { Checkbox, Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { FormAlert, showIssues } from '../forms.js';
import { forms } from '../i18n/en/forms.js';
import { interviewForm } from '../i18n/en/interview-form.js';
import { useText } from '../i18n/text.js';
import { interviewWritten } from '../queries.js';
import type { Interview } from '../types.js';
import { DialogActions } from './DialogActions.js';

interface Props {
  interview: Interview;
  opened: boolean;
  onClose(): void;
}

/** Resend Invites: the same calendar event again, to everyone, the pending, or chosen people. */
export function ResendInvitesModal({ interview, opened, onClose }: Props) {
  const t = useText(interviewForm);
  return (
    <Modal opened={opened} onClose={onClose} title={t('resend.title')}>
      {opened && <ResendForm interview={interview} onClose={onClose} />}
    </Modal>
  );
}

const NAMES = { participantIds: 'chosen' };

function ResendForm({ interview, onClose }: { interview: Interview; onClose(): void }) {
  const t = useText(interviewForm);
  const formsText = useText(forms);
  const client = useQueryClient();
  const form = useForm({
    initialValues: { audience: 'all' as 'all' | 'pending' | 'chosen', chosen: [] as string[] },
  });
  const { audience, chosen } = form.values;
  const pending = interview.participants.filter((p) => p.attendance === 'pending');
  const recipients =
    audience === 'all'
      ? interview.participants.length
      : audience === 'pending'
        ? pending.length
        : chosen.length;

  const resend = useMutation<Interview, Error>({
    mutationFn: () =>
      api<Interview>('POST', `/interviews/${interview.id}/invites/resend`, {
        ...(audience === 'pending' ? { pendingOnly: true } : {}),
        ...(audience === 'chosen' ? { participantIds: chosen } : {}),
      }),
    onSuccess: (updated) => {
      void interviewWritten(client, updated);
      notifications.show({
        color: 'green',
        title: t('resend.done'),
        message: t('resend.doneMessage', { count: recipients }),
      });
      onClose();
    },
    onError: (error) => showIssues(form, error, NAMES, formsText),
  });

  const nobody = recipients === 0;
  return (
    <form
      onSubmit={form.onSubmit(() => {
        if (!nobody) resend.mutate();
      })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('resend.hint')}
        </Text>
        <FormAlert error={resend.error} form={form} names={NAMES} title={t('resend.failed')} />
        <Radio.Group label={t('resend.to')} {...form.getInputProps('audience')}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={t('resend.all', { count: interview.participants.length })} />
            <Radio value="pending" label={t('resend.pending', { count: pending.length })} />
            <Radio value="chosen" label={t('resend.chosen')} />
          </Stack>
        </Radio.Group>
        {audience === 'chosen' && (
          <Checkbox.Group label={t('resend.participants')} {...form.getInputProps('chosen')}>
            <Stack gap="xs" mt="xs">
              {interview.participants.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={t('resend.person', {
                    name: p.name,
                    role: p.role,
                    attendance: p.attendance,
                  })}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <DialogActions
          cancel={t('dialog.close')}
          onCancel={onClose}
          act={t('resend.send')}
          loading={resend.isPending}
          disabled={nobody}
        />
      </Stack>
    </form>
  );
}
