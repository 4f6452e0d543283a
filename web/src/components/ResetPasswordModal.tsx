import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { invalidateAccess } from '../access-queries.js';
import { ApiError, api } from '../api.js';
import type { User } from '../types.js';
import { PASSWORD_HINT } from './ChangePasswordForm.js';

/** An admin sets another user's password; that user's sessions end. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const client = useQueryClient();
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: (id: string) => api('POST', `/users/${id}/password`, { password }),
    onSuccess: () => {
      notifications.show({
        color: 'green',
        message: `Password of ${user?.name} set; their sessions were signed out.`,
      });
      void invalidateAccess(client);
      close();
    },
  });
  const close = () => {
    setPassword('');
    reset.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (user) reset.mutate(user.id);
  };
  const error = reset.error instanceof ApiError ? reset.error : undefined;
  return (
    <Modal opened={user !== null} onClose={close} title={`Set password of ${user?.name ?? ''}`}>
      <Stack component="form" onSubmit={submit}>
        <Text size="sm">Tell them the new password yourself; Convene does not email it.</Text>
        <PasswordInput
          label="New password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          data-autofocus
          value={password}
          error={error?.forField('password')}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {reset.error && !error?.issues.length && (
          <Alert color="red" role="alert">
            {reset.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={reset.isPending}>
            Set password
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
