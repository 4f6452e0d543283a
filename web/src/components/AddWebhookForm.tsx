import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { admin } from '../i18n/en/admin.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import type { WebhookEvent, WebhookWithSecret } from '../types.js';
import { SecretOnce } from './SecretOnce.js';

/** Subscribes a URL to chosen events; the signing secret is shown once, right here. */
export function AddWebhookForm() {
  const t = useText(admin);
  const client = useQueryClient();
  // Every event a subscription can choose, in the words of the app (typed by the server's list).
  const eventLabels: Record<WebhookEvent, string> = {
    'interview.invites_sent': t('events.invitesSent'),
    'participant.confirmed': t('events.confirmed'),
    'participant.declined': t('events.declined'),
    'participant.proposed_times': t('events.proposedTimes'),
    'interview.scheduled': t('events.scheduled'),
    'interview.needs_attention': t('events.needsAttention'),
    'interview.rescheduled': t('events.rescheduled'),
    'interview.panel_changed': t('events.panelChanged'),
    'interview.cancelled': t('events.cancelled'),
  };
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { url: '', events: ['interview.scheduled'] as string[] },
    validate: { url: required(t('addWebhook.enterUrl')) },
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
      <FormCard label={t('addWebhook.label')} onSubmit={submit}>
        <Stack>
          <TextInput
            label={t('addWebhook.url')}
            placeholder={t('addWebhook.urlPlaceholder')}
            required
            {...form.getInputProps('url')}
          />
          <Checkbox.Group label={t('addWebhook.events')} {...form.getInputProps('events')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {Object.entries(eventLabels).map(([value, label]) => (
                <Checkbox
                  key={value}
                  value={value}
                  label={t('addWebhook.event', { label, event: value })}
                />
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
              {t('addWebhook.submit')}
            </Button>
          </Group>
        </Stack>
      </FormCard>
      <SecretOnce title={t('addWebhook.secret')} secret={secret} />
    </>
  );
}
