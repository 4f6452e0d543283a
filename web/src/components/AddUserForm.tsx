import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateAccess } from '../access.js';
import { api } from '../api.js';
import { FormAlert, FormCard, required, useFormMutation } from '../forms.js';
import { BROWSER_ZONE } from '../time-zones.js';
import { ROLE_OPTIONS, type Role, type User } from '../types.js';
import { LanguageSelect } from './LanguageSelect.js';
import { UserFields, type UserValues } from './UserFields.js';

type Values = UserValues & { role: Role; locale: string | null };

/** Adds a user (admins); without a password they are invited to interviews but cannot sign in. */
export function AddUserForm() {
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
    validate: { name: required('Enter a name'), email: required('Enter an email address') },
  });
  const { mutation: add, submit } = useFormMutation(form, {
    mutationFn: (values) =>
      api<User>('POST', '/users', { ...values, password: values.password || undefined }),
    onSuccess: (user) => {
      form.reset();
      notifications.show({ color: 'green', message: `${user.name} added` });
      void invalidateAccess(client);
    },
  });
  return (
    <FormCard label="Add user" onSubmit={submit}>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UserFields form={form}>
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <LanguageSelect label="Language" {...form.getInputProps('locale')} />
          </UserFields>
        </SimpleGrid>
        <FormAlert error={add.error} form={form} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add user
          </Button>
        </Group>
      </Stack>
    </FormCard>
  );
}
