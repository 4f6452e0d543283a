import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { AuthCard } from '../components/AuthCard.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import { auth } from '../i18n/en/auth.js';
import { useText } from '../i18n/text.js';
import { signedIn } from '../session.js';
import type { SignedIn } from '../types.js';

/** Sign in with email and password. */
export function SignInPage() {
  const t = useText(auth);
  const client = useQueryClient();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: required(t('required.email')),
      password: required(t('required.password')),
    },
  });
  const { mutation: signIn, submit } = useFormMutation(form, {
    mutationFn: (values) => api<SignedIn>('POST', '/session', values),
    onSuccess: (info) => signedIn(client, info),
  });
  return (
    <AuthCard title={t('signIn.title')} width={380} onSubmit={submit}>
      <FormAlert error={signIn.error} form={form} />
      <TextInput
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        required
        autoFocus
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label={t('signIn.password')}
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
      <Button type="submit" loading={signIn.isPending}>
        {t('signIn.submit')}
      </Button>
    </AuthCard>
  );
}
