import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { account } from '../i18n/en/account.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';
import type { NewApiKey } from '../types.js';
import { SecretOnce } from './SecretOnce.js';

/** Creates an API key for the signed-in user; the secret is shown once, right here. */
export function CreateApiKeyForm() {
  const t = useText(account);
  const client = useQueryClient();
  const expiry = [
    { value: '30', label: t('newKey.in30') },
    { value: '90', label: t('newKey.in90') },
    { value: '365', label: t('newKey.inYear') },
    { value: 'never', label: t('newKey.never') },
  ];
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', expiresAt: '90' },
    validate: { name: required(t('newKey.nameIt')) },
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
      <FormCard label={t('newKey.label')} onSubmit={submit}>
        <Group align="flex-end">
          <TextInput
            label={t('newKey.name')}
            placeholder={t('newKey.namePlaceholder')}
            required
            {...form.getInputProps('name')}
          />
          <Select
            label={t('newKey.expires')}
            data={expiry}
            allowDeselect={false}
            {...form.getInputProps('expiresAt')}
          />
          <Button type="submit" loading={create.isPending}>
            {t('newKey.submit')}
          </Button>
        </Group>
        <FormAlert error={create.error} form={form} mt="sm" />
      </FormCard>
      <SecretOnce title={t('newKey.secret')} secret={secret} />
    </Stack>
  );
}
