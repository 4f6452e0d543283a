import { Alert, Button, Code, CopyButton, Group } from '@mantine/core';
import { account } from '../i18n/en/account.js';
import { useText } from '../i18n/text.js';

/** A secret the server shows only in the answer that made it: shown here once, to copy. */
export function SecretOnce({ title, secret }: { title: string; secret: string | null }) {
  const t = useText(account);
  if (!secret) return null;
  return (
    <Alert color="green" title={title} role="status">
      <Group>
        <Code>{secret}</Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {t(copied ? 'secret.copied' : 'secret.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
