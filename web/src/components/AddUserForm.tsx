import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { people } from '../i18n/en/people.js';
import { useText } from '../i18n/text.js';
import { BROWSER_ZONE } from '../time-zones.js';
import { type Role, roleOptions, type User } from '../types.js';
import { LanguageSelect } from './LanguageSelect.js';
import { UserFields, type UserValues } from './UserFields.js';

type Values = UserValues & { role: Role; locale: string | null };

/** Adds a user (admins); without a password they are invited to interviews but cannot sign in. */
export function AddUserForm() {
  const t = useText(people);
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: '',
      email: '',
      timeZone: BROWSER_ZONE,
      role: 'interviewer',
      locale: null,
      password: '',
    },
    validate: {
      name: required(t('fields.enterName')),
      email: required(t('fields.enterEmail')),
    },
  });
  const { mutation: add, submit } = useFormMutation(form, {
    mutationFn: (values) =>
      api<User>('POST', '/users', { ...values, password: values.password || undefined }),
    onSuccess: (user) => {
      form.reset();
      notifications.show({ color: 'green', message: t('add.done', { name: user.name }) });
      void invalidateAccess(client);
    },
  });
  return (
    <FormCard label={t('add.label')} onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UserFields form={form}>
            <Select
              label={t('fields.role')}
              data={roleOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <LanguageSelect label={t('fields.language')} {...form.getInputProps('locale')} />
          </UserFields>
        </SimpleGrid>
        <FormAlert error={add.error} form={form} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
