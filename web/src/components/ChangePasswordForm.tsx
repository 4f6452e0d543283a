import { Alert, Button, Card, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../api.js';

export const PASSWORD_HINT =
  'At least 12 characters and hard to guess: a few uncommon words work well';

/** Changes the signed-in user's own password; their other sessions end. */
export function ChangePasswordForm() {
  const client = useQueryClient();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const change = useMutation({
    mutationFn: () => api('POST', '/session/password', form),
    onSuccess: () => {
      setForm({ currentPassword: '', newPassword: '' });
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'Your other sessions were signed out.',
      });
      void client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate();
  };
  const error = change.error instanceof ApiError ? change.error : undefined;
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label="Change password">
      <Stack>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          value={form.currentPassword}
          error={error?.forField('currentPassword')}
          onChange={(e) => setForm({ ...form, currentPassword: e.currentTarget.value })}
        />
        <PasswordInput
          label="New password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          value={form.newPassword}
          error={error?.forField('newPassword')}
          onChange={(e) => setForm({ ...form, newPassword: e.currentTarget.value })}
        />
        {change.error && !error?.issues.length && (
          <Alert color="red" role="alert">
            {change.error.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
