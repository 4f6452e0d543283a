import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';
import { interviewKeys, invalidateInterviews } from '../interview-queries.js';
import type { Interview } from '../types.js';

type Audience = 'all' | 'pending' | 'chosen';

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

function ResendForm({ interview, onClose }: { interview: Interview; onClose(): void }) {
  const client = useQueryClient();
  const [audience, setAudience] = useState<Audience>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const pending = interview.participants.filter((p) => p.attendance === 'pending');

  const resend = useMutation<Interview, Error>({
    mutationFn: () =>
      api<Interview>('POST', `/interviews/${interview.id}/invites/resend`, {
        ...(audience === 'pending' ? { pendingOnly: true } : {}),
        ...(audience === 'chosen' ? { participantIds: chosen } : {}),
      }),
    onSuccess: (updated) => {
      client.setQueryData(interviewKeys.detail(updated.id), updated);
      void invalidateInterviews(client);
      const count =
        audience === 'all'
          ? interview.participants.length
          : audience === 'pending'
            ? pending.length
            : chosen.length;
      notifications.show({
        color: 'green',
        title: 'Invites resent',
        message: `${count} ${count === 1 ? 'participant gets' : 'participants get'} the invite again, as an update of the same calendar event.`,
      });
      onClose();
    },
  });

  const nobody =
    (audience === 'chosen' && chosen.length === 0) ||
    (audience === 'pending' && pending.length === 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!nobody) resend.mutate();
  };
  const error = resend.error;
  return (
    <form onSubmit={submit}>
      <Stack>
        <Text size="sm" c="dimmed">
          Recipients get the same calendar event again, never a duplicate; confirmations are kept.
        </Text>
        {error && (
          <Alert color="red" role="alert" title="Not resent">
            {(error instanceof ApiError && error.forField('participantIds')) || error.message}
          </Alert>
        )}
        <Radio.Group label="Send to" value={audience} onChange={(v) => setAudience(v as Audience)}>
          <Stack gap="xs" mt="xs">
            <Radio value="all" label={`All participants (${interview.participants.length})`} />
            <Radio value="pending" label={`Pending only (${pending.length})`} />
            <Radio value="chosen" label="Chosen participants" />
          </Stack>
        </Radio.Group>
        {audience === 'chosen' && (
          <Checkbox.Group label="Participants" value={chosen} onChange={setChosen}>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" loading={resend.isPending} disabled={nobody}>
            Resend Invites
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
