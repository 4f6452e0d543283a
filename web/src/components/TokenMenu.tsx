import { Button, Menu, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.js';
import type { Token } from '../types.js';

/** The standard tokens (DESIGN §3), loaded once for every editor on the page. */
export function useTokens() {
  return useQuery({
    queryKey: ['template-tokens'],
    queryFn: () => api<{ items: Token[] }>('GET', '/templates/tokens').then((r) => r.items),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

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
  const tokens = useTokens();
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
