import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import type { User } from '../types.js';
import { DialogActions } from './DialogActions.js';
import { PASSWORD_HINT } from './UserFields.js';

/** An admin sets another user's password; that user's sessions end. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={`Set password of ${user?.name ?? ''}`}>
      {user && <ResetPasswordForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: User; onClose(): void }) {
  const client = useQueryClient();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: required('Choose a password') },
  });
  const { mutation: reset, submit } = useFormMutation(form, {
    mutationFn: (values) => api('POST', `/users/${user.id}/password`, values),
    onSuccess: () => {
      notifications.show({
        color: 'green',
        message: `Password of ${user.name} set; their sessions were signed out.`,
      });
      void invalidateAccess(client);
      onClose();
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">Tell them the new password yourself; Convene does not email it.</Text>
        <PasswordInput
          label="New password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <FormAlert error={reset.error} form={form} />
        <DialogActions
          cancel="Cancel"
          onCancel={onClose}
          act="Set password"
          loading={reset.isPending}
        />
      </Stack>
    </form>
  );
}
