import { Checkbox, Modal, Radio, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { FormAlert, showIssues } from '../forms.js';
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
  return (
    <Modal opened={opened} onClose={onClose} title="Resend Invites">
      {opened && <ResendForm interview={interview} onClose={onClose} />}
    </Modal>
  );
}

const NAMES = { participantIds: 'chosen' };

function ResendForm({ interview, onClose }: { interview: Interview; onClose(): void }) {
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
        title: 'Invites resent',
        message: `${recipients} ${recipients === 1 ? 'participant gets' : 'participants get'} the invite again, as an update of the same calendar event.`,
      });
      onClose();
    },
    onError: (error) => showIssues(form, error, NAMES),
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
          Recipients get the same calendar event again, never a duplicate; confirmations are kept.
        </Text>
        <FormAlert error={resend.error} form={form} names={NAMES} title="Not resent" />
        <Radio.Group label="Send to" {...form.getInputProps('audience')}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={`All participants (${interview.participants.length})`} />
            <Radio value="pending" label={`Pending only (${pending.length})`} />
            <Radio value="chosen" label="Chosen participants" />
          </Stack>
        </Radio.Group>
        {audience === 'chosen' && (
          <Checkbox.Group label="Participants" {...form.getInputProps('chosen')}>
            <Stack gap="xs" mt="xs">
              {interview.participants.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={`${p.name} (${p.role === 'candidate' ? 'candidate' : 'interviewer'}, ${p.attendance})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <DialogActions
          cancel="Close"
          onCancel={onClose}
          act="Resend Invites"
          loading={resend.isPending}
          disabled={nobody}
        />
      </Stack>
    </form>
  );
}
