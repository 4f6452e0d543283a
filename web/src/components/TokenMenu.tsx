import { Button, Menu, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { templateQueries } from '../queries.js';

/** The text a token is written as in a subject or body. */
export function tokenText(name: string): string {
  return `{{ ${name} }}`;
}

interface TokenMenuProps {
  /** The button's accessible name, e.g. "Insert token" or "Add token to subject". */
  label: string;
  /** Shown on the button; the label when omitted. */
  text?: string;
  onPick(name: string): void;
}

/** A menu button listing the standard tokens with their descriptions. */
export function TokenMenu({ label, text, onPick }: TokenMenuProps) {
  // The standard tokens (DESIGN §3), loaded once for every editor on the page.
  const tokens = useQuery(templateQueries.tokens);
  return (
    <Menu shadow="md" width={320} position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          size="compact-sm"
          aria-label={label}
          loading={tokens.isPending}
          disabled={tokens.isError}
        >
          {text ?? label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
        {(tokens.data ?? []).map((token) => (
          <Menu.Item key={token.name} onClick={() => onPick(token.name)}>
            <Text size="sm" fw={500}>
              {token.label}{' '}
              <Text span size="xs" c="dimmed" ff="monospace">
                {tokenText(token.name)}
              </Text>
            </Text>
            <Text size="xs" c="dimmed">
              {token.description}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
