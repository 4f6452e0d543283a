import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../api.js';
import { staleVersion } from '../i18n/en/stale-version.js';
import { useText } from '../i18n/text.js';
import { interviewWritten } from '../queries.js';
import type { Interview } from '../types.js';

/**
 * The interview an edit is based on, and a way to load its latest version after someone else
 * saved meanwhile (a 409): the form keeps what was typed, and the next save sends the new version.
 */
export function useEditedInterview(initial: Interview, onLoaded: () => void) {
  const t = useText(staleVersion);
  const client = useQueryClient();
  const [base, setBase] = useState(initial);
  const reload = useMutation({
    mutationFn: () => api<Interview>('GET', `/interviews/${base.id}`),
    onSuccess: (latest) => {
      setBase(latest);
      void interviewWritten(client, latest);
      onLoaded();
      notifications.show({
        title: t('reloaded.title'),
        message: t('reloaded.message'),
      });
    },
  });
  return { base, reload };
}

/** True when an edit was refused because someone else saved the interview meanwhile. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409;
}

/** A 409 from an edit, with the button that loads the latest version; null for other errors. */
export function StaleVersionAlert({
  error,
  title,
  reload,
}: {
  error: unknown;
  title: string;
  reload: ReturnType<typeof useEditedInterview>['reload'];
}) {
  const t = useText(staleVersion);
  if (!isStaleVersion(error)) return null;
  return (
    <Alert color="orange" role="alert" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{(error as ApiError).message}</Text>
        <Button
          size="xs"
          variant="light"
          loading={reload.isPending}
          onClick={() => reload.mutate()}
        >
          {t('reload.button')}
        </Button>
      </Stack>
    </Alert>
  );
}
