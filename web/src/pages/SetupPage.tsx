import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type ApiError, api, setCsrfToken } from '../api.js';
import { BROWSER_ZONE, TIME_ZONES } from '../format.js';
import type { SessionInfo } from '../session.js';

/** One-time setup on an empty database: create the first admin, then sign in. */
export function SetupPage() {
  const client = useQueryClient();
  const [form, setForm] = useState({ name: '', email: '', password: '', timeZone: BROWSER_ZONE });
  const setup = useMutation<SessionInfo, ApiError>({
    mutationFn: async () => {
      await api('POST', '/setup', form);
      return api<SessionInfo>('POST', '/session', { email: form.email, password: form.password });
    },
    onSuccess: (info) => {
      setCsrfToken(info.csrfToken);
      client.setQueryData(['setup'], { setupRequired: false });
      client.setQueryData(['session'], info);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate();
  };
  const error = setup.error;
  return (
    <Center mih="100vh" p="md">
      <Paper
        component="form"
        onSubmit={submit}
        withBorder
        p="xl"
        w={420}
        aria-labelledby="setup-title"
      >
        <Stack>
          <Title id="setup-title" order={1} size="h2">
            Set up Convene
          </Title>
          <Text size="sm" c="dimmed">
            Create the first administrator. This page is shown only once.
          </Text>
          {error && !error.issues.length && (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          )}
          <TextInput
            label="Your name"
            required
            autoFocus
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
          <PasswordInput
            label="Password"
            description="At least 12 characters and hard to guess: a few uncommon words work well"
            required
            value={form.password}
            error={error?.forField('password')}
            onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
          />
          <Select
            label="Your time zone"
            searchable
            data={TIME_ZONES}
            value={form.timeZone}
            error={error?.forField('timeZone')}
            onChange={(v) => setForm({ ...form, timeZone: v ?? BROWSER_ZONE })}
          />
          <Button type="submit" loading={setup.isPending}>
            Create administrator
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
