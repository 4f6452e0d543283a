import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { invalidate, keys } from '../queries.js';
import type { NewApiKey } from '../types.js';
import { SecretOnce } from './SecretOnce.js';

const EXPIRY = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
  { value: 'never', label: 'Never (until revoked)' },
];

/** Creates an API key for the signed-in user; the secret is shown once, right here. */
export function CreateApiKeyForm() {
  const client = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', expiresAt: '90' },
    validate: { name: required('Name the key') },
  });
  const { mutation: create, submit } = useFormMutation(form, {
    mutationFn: ({ name, expiresAt: expiry }) => {
      const days = Number(expiry);
      const expiresAt = Number.isNaN(days)
        ? undefined
        : new Date(Date.now() + days * 86_400_000).toISOString();
      return api<NewApiKey>('POST', '/api-keys', { name: name.trim(), expiresAt });
    },
    onSuccess: (created) => {
      setSecret(created.key);
      form.setFieldValue('name', '');
      void invalidate(client, keys.apiKeys);
    },
  });
  return (
    <Stack>
      <FormCard label="Create API key" onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label="Key name"
            placeholder="ATS sync"
            required
            {...form.getInputProps('name')}
          />
          <Select
            label="Expires"
            data={EXPIRY}
            allowDeselect={false}
            {...form.getInputProps('expiresAt')}
          />
          <Button type="submit" loading={create.isPending}>
            Create API key
          </Button>
        </Group>
        <FormAlert error={create.error} form={form} mt="sm" />
      </FormCard>
      <SecretOnce title="Your new API key (shown only now)" secret={secret} />
    </Stack>
  );
}
