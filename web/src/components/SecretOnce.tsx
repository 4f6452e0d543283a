import { Alert, Button, Code, CopyButton, Group } from '@mantine/core';

/** A secret the server shows only in the answer that made it: shown here once, to copy. */
export function SecretOnce({ title, secret }: { title: string; secret: string | null }) {
  if (!secret) return null;
  return (
    <Alert color="green" title={title} role="status">
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
  );
}
