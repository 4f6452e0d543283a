import { AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { devMailboxQueries } from '../queries.js';
import { useSession } from '../session.js';

/** The app's frame: header with the user, navigation, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { user, signOut } = useSession();
  const location = useLocation();
  // The development mailbox exists only when no SMTP server is configured.
  const devMailbox = useQuery(devMailboxQueries.available);
  const links = [
    { to: '/', label: 'Manage Interviews' },
    ...(user.role !== 'interviewer'
      ? [{ to: '/templates', label: 'Configure Communications' }]
      : []),
    ...(user.role === 'admin'
      ? [
          { to: '/webhooks', label: 'Webhooks' },
          { to: '/users', label: 'Users' },
        ]
      : []),
    ...(devMailbox.data ? [{ to: '/dev-mailbox', label: 'Dev mailbox' }] : []),
    { to: '/account', label: 'Your account' },
  ];
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h3">
              Convene
            </Title>
          </Group>
          <Group>
            <Text size="sm" c="dimmed">
              {user.name} · {user.timeZone}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {links.map((link) => (
          <NavLink
            key={link.to}
            component={Link}
            to={link.to}
            label={link.label}
            active={
              link.to === '/'
                ? location.pathname === '/' || location.pathname.startsWith('/interviews')
                : location.pathname.startsWith(link.to)
            }
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <main>{children}</main>
      </AppShell.Main>
    </AppShell>
  );
}
