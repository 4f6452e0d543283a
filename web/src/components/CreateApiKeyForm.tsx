import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { accessKeys } from '../access-queries.js';
import { ApiError, api } from '../api.js';
import type { ApiKey } from '../types.js';

const EXPIRY = [
  { value: '30', label: 'In 30 days' },
  { value: '90', label: 'In 90 days' },
  { value: '365', label: 'In a year' },
  { value: 'never', label: 'Never (until revoked)' },
];

/** Creates an API key for the signed-in user; the secret is shown once, right here. */
export function CreateApiKeyForm({ userId }: { userId: string }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('90');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => {
      const days = Number(expiry);
      const expiresAt = Number.isNaN(days)
        ? undefined
        : new Date(Date.now() + days * 86_400_000).toISOString();
      return api<ApiKey & { key: string }>('POST', '/api-keys', { name: name.trim(), expiresAt });
    },
    onSuccess: (created) => {
      setSecret(created.key);
      setName('');
      void client.invalidateQueries({ queryKey: accessKeys.apiKeys(userId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const error = create.error instanceof ApiError ? create.error : undefined;
  return (
    <Stack>
      <Card withBorder component="form" onSubmit={submit} aria-label="Create API key">
        <Group align="flex-end">
          <TextInput
            label="Key name"
            placeholder="ATS sync"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={error?.forField('name')}
            required
          />
          <Select
            label="Expires"
            data={EXPIRY}
            value={expiry}
            onChange={(v) => setExpiry(v ?? '90')}
            allowDeselect={false}
            error={error?.forField('expiresAt')}
          />
          <Button type="submit" loading={create.isPending}>
            Create API key
          </Button>
        </Group>
        {create.error && !error?.issues.length && (
          <Alert color="red" role="alert" mt="sm">
            {create.error.message}
          </Alert>
        )}
      </Card>
      {secret && (
        <Alert color="green" title="Your new API key (shown only now)" role="status">
          <Group>
            <Code>{secret}</Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
