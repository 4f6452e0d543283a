import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { AuthCard } from '../components/AuthCard.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import { signedIn } from '../session.js';
import type { SignedIn } from '../types.js';

/** Sign in with email and password. */
export function SignInPage() {
  const client = useQueryClient();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: required('Enter your email'), password: required('Enter your password') },
  });
  const { mutation: signIn, submit } = useFormMutation(form, {
    mutationFn: (values) => api<SignedIn>('POST', '/session', values),
    onSuccess: (info) => signedIn(client, info),
  });
  return (
    <AuthCard title="Sign in to Convene" width={380} onSubmit={submit}>
      <FormAlert error={signIn.error} form={form} />
      <TextInput
        label="Email"
        type="email"
        autoComplete="username"
        required
        autoFocus
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label="Password"
        autoComplete="current-password"
        required
        {...form.getInputProps('password')}
      />
      <Button type="submit" loading={signIn.isPending}>
        Sign in
      </Button>
    </AuthCard>
  );
}
