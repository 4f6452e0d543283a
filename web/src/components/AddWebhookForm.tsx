import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { invalidate, keys } from '../queries.js';
import type { WebhookEvent, WebhookWithSecret } from '../types.js';
import { SecretOnce } from './SecretOnce.js';

// Every event a subscription can choose, in the words of the app (typed by the server's list).
const EVENT_LABELS: Record<WebhookEvent, string> = {
  'interview.invites_sent': 'Invites sent',
  'participant.confirmed': 'Participant confirmed',
  'participant.declined': 'Participant declined',
  'participant.proposed_times': 'Participant proposed another time',
  'interview.scheduled': 'Interview Scheduled',
  'interview.needs_attention': 'Needs attention',
  'interview.rescheduled': 'Rescheduled',
  'interview.panel_changed': 'Interviewers changed',
  'interview.cancelled': 'Cancelled',
};

/** Subscribes a URL to chosen events; the signing secret is shown once, right here. */
export function AddWebhookForm() {
  const client = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { url: '', events: ['interview.scheduled'] as string[] },
    validate: { url: required('Enter the URL') },
  });
  const { mutation: create, submit } = useFormMutation(form, {
    mutationFn: ({ url, events }) =>
      api<WebhookWithSecret>('POST', '/webhooks', { url: url.trim(), events }),
    onSuccess: (created) => {
      setSecret(created.secret);
      form.setFieldValue('url', '');
      void invalidate(client, keys.webhooks);
    },
  });
  return (
    <>
      <FormCard label="Add webhook" onSubmit={submit}>
        <Stack>
          <TextInput
            label="URL"
            placeholder="https://ats.example.com/hooks/convene"
            required
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label="Events" {...form.getInputProps('events')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {Object.entries(EVENT_LABELS).map(([value, label]) => (
                <Checkbox key={value} value={value} label={`${label} (${value})`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <FormAlert error={create.error} form={form} />
          <Group>
            <Button
              type="submit"
              loading={create.isPending}
              disabled={form.values.events.length === 0}
            >
              Add webhook
            </Button>
          </Group>
        </Stack>
      </FormCard>
      <SecretOnce title="Signing secret (shown only now)" secret={secret} />
    </>
  );
}
