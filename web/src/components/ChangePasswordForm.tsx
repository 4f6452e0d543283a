import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { account } from '../i18n/en/account.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { invalidate, keys } from '../queries.js';

/** Changes the signed-in user's own password; their other sessions end. */
export function ChangePasswordForm() {
  const t = useText(account);
  const hints = useText(people);
  const client = useQueryClient();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: required(t('password.enterCurrent')),
      newPassword: required(t('password.chooseNew')),
    },
  });
  const { mutation: change, submit } = useFormMutation(form, {
    mutationFn: (values) => api('POST', '/session/password', values),
    onSuccess: () => {
      form.reset();
      notifications.show({
        color: 'green',
        title: t('password.changed'),
        message: t('password.othersSignedOut'),
      });
      void invalidate(client, keys.sessions);
    },
  });
  return (
    <FormCard label={t('password.label')} onSubmit={submit}>
      <Stack>
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('password.new')}
          description={hints('fields.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <FormAlert error={change.error} form={form} />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
