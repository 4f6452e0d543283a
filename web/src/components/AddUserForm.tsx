import {
  Alert,
  Button,
  Card,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { invalidateAccess } from '../access-queries.js';
import { ApiError, api } from '../api.js';
import { BROWSER_ZONE, TIME_ZONES } from '../format.js';
import { ROLE_LABELS, type Role, type User } from '../types.js';
import { PASSWORD_HINT } from './ChangePasswordForm.js';

const ROLES = (Object.keys(ROLE_LABELS) as Role[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));
const EMPTY = {
  name: '',
  email: '',
  timeZone: BROWSER_ZONE,
  role: 'interviewer' as Role,
  password: '',
};

/** Adds a user (admins); without a password they are invited to interviews but cannot sign in. */
export function AddUserForm() {
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const add = useMutation({
    mutationFn: () =>
      api<User>('POST', '/users', { ...form, password: form.password || undefined }),
    onSuccess: (user) => {
      setForm(EMPTY);
      notifications.show({ color: 'green', message: `${user.name} added` });
      void invalidateAccess(client);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const error = add.error instanceof ApiError ? add.error : undefined;
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label="Add user">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Name"
          required
          value={form.name}
          error={error?.forField('name')}
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        />
        <TextInput
          label="Email"
          type="email"
          required
          value={form.email}
          error={error?.forField('email')}
          onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
        />
        <Select
          label="Role"
          data={ROLES}
          value={form.role}
          allowDeselect={false}
          onChange={(role) => setForm({ ...form, role: (role as Role) ?? 'interviewer' })}
        />
        <Select
          label="Time zone"
          searchable
          data={TIME_ZONES}
          value={form.timeZone}
          error={error?.forField('timeZone')}
          onChange={(timeZone) => setForm({ ...form, timeZone: timeZone ?? BROWSER_ZONE })}
        />
        <PasswordInput
          label="Password (optional)"
          description={`Without one the user cannot sign in. ${PASSWORD_HINT}`}
          autoComplete="new-password"
          value={form.password}
          error={error?.forField('password')}
          onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
        />
      </SimpleGrid>
      {add.error && !error?.issues.length && (
        <Alert color="red" role="alert" mt="sm">
          {add.error.message}
        </Alert>
      )}
      <Group mt="md">
        <Button type="submit" loading={add.isPending}>
          Add user
        </Button>
      </Group>
    </Card>
  );
}
