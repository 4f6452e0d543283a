import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { invalidate, keys } from '../queries.js';
import { PASSWORD_HINT } from './UserFields.js';

/** Changes the signed-in user's own password; their other sessions end. */
export function ChangePasswordForm() {
  const client = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: required('Enter your current password'),
      newPassword: required('Choose a new password'),
    },
  });
  const { mutation: change, submit } = useFormMutation(form, {
    mutationFn: (values) => api('POST', '/session/password', values),
    onSuccess: () => {
      form.reset();
      notifications.show({
        color: 'green',
        title: 'Password changed',
        message: 'Your other sessions were signed out.',
      });
      void invalidate(client, keys.sessions);
    },
  });
  return (
    <FormCard label="Change password" onSubmit={submit}>
      <Stack>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <FormAlert error={change.error} form={form} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
