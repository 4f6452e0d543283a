import { Button, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { AuthCard } from '../components/AuthCard.js';
import { UserFields, type UserValues } from '../components/UserFields.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import { auth } from '../i18n/en/auth.js';
import { useText } from '../i18n/text.js';
import { keys } from '../queries.js';
import { signedIn } from '../session.js';
import { BROWSER_ZONE } from '../time-zones.js';
import type { SignedIn } from '../types.js';

/** One-time setup on an empty database: create the first admin, then sign in. */
export function SetupPage() {
  const t = useText(auth);
  const client = useQueryClient();
  const form = useForm<UserValues>({
    initialValues: { name: '', email: '', password: '', timeZone: BROWSER_ZONE },
    validate: {
      name: required(t('required.name')),
      email: required(t('required.email')),
      password: required(t('required.newPassword')),
    },
  });
  const { mutation: setup, submit } = useFormMutation(form, {
    mutationFn: async (values) => {
      await api('POST', '/setup', values);
      return api<SignedIn>('POST', '/session', { email: values.email, password: values.password });
    },
    onSuccess: (info) => {
      client.setQueryData(keys.setup, { setupRequired: false });
      signedIn(client, info);
    },
  });
  return (
    <AuthCard title={t('setup.title')} width={420} onSubmit={submit}>
      <Text size="sm" c="dimmed">
        {t('setup.intro')}
      </Text>
      <FormAlert error={setup.error} form={form} />
      <UserFields form={form} own />
      <Button type="submit" loading={setup.isPending}>
        {t('setup.submit')}
      </Button>
    </AuthCard>
  );
}
