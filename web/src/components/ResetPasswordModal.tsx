import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { FormAlert, required, useFormMutation } from '../forms.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import type { User } from '../types.js';
import { DialogActions } from './DialogActions.js';

/** An admin sets another user's password; that user's sessions end. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose(): void }) {
  const t = useText(people);
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={t('reset.title', { name: user?.name ?? '' })}
    >
      {user && <ResetPasswordForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function ResetPasswordForm({ user, onClose }: { user: User; onClose(): void }) {
  const t = useText(people);
  const client = useQueryClient();
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: required(t('reset.choose')) },
  });
  const { mutation: reset, submit } = useFormMutation(form, {
    mutationFn: (values) => api('POST', `/users/${user.id}/password`, values),
    onSuccess: () => {
      notifications.show({
        color: 'green',
        message: t('reset.done', { name: user.name }),
      });
      void invalidateAccess(client);
      onClose();
    },
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('reset.tellThem')}</Text>
        <PasswordInput
          label={t('reset.password')}
          description={t('fields.passwordHint')}
          autoComplete="new-password"
          required
          data-autofocus
          {...form.getInputProps('password')}
        />
        <FormAlert error={reset.error} form={form} />
        <DialogActions
          cancel={t('reset.cancel')}
          onCancel={onClose}
          act={t('reset.submit')}
          loading={reset.isPending}
        />
      </Stack>
    </form>
  );
}
