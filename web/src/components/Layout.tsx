import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { devMailboxQueries, interviewQueries } from '../queries.js';
import { useSession } from '../session.js';
import { InboxBell } from './InboxBell.js';

// Manage Interviews filtered to what needs the coordinator: someone declined.
const ATTENTION = 'status=needs_attention&sort=status';

/** The app's frame: header with the user, navigation, and the page. */
export function Layout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { user, signOut } = useSession();
  const location = useLocation();
  // The development mailbox exists only when no SMTP server is configured.
  const devMailbox = useQuery(devMailboxQueries.available);
  // The queue of interviews someone declined: their count, kept current.
  const attention = useQuery({
    ...interviewQueries.needsAttention(),
    enabled: user.role !== 'interviewer',
  });
  const links: Array<{ to: string; label: string; count?: number }> = [
    { to: '/', label: 'Manage Interviews' },
    ...(user.role !== 'interviewer'
      ? [
          {
            to: `/?${ATTENTION}`,
            label: 'Needs attention',
            count: attention.data,
          },
        ]
      : []),
    // Scheduling requests are the coordinators' tool (the API asks for interviews:write).
    ...(user.role !== 'interviewer'
      ? [
          { to: '/scheduling-requests', label: 'Scheduling requests' },
          { to: '/templates', label: 'Configure Communications' },
        ]
      : []),
    ...(user.role === 'admin'
      ? [
          { to: '/webhooks', label: 'Webhooks' },
          { to: '/people', label: 'People' },
        ]
      : []),
    ...(devMailbox.data ? [{ to: '/dev-mailbox', label: 'Dev mailbox' }] : []),
    { to: '/account', label: 'Your account' },
  ];
  const active = (to: string) => {
    if (to === `/?${ATTENTION}`)
      return location.pathname === '/' && location.search === `?${ATTENTION}`;
    if (to === '/') {
      return (
        (location.pathname === '/' && location.search !== `?${ATTENTION}`) ||
        location.pathname.startsWith('/interviews')
      );
    }
    return location.pathname.startsWith(to);
  };
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
          <Group gap="xs">
            <InboxBell />
            <Text size="sm" c="dimmed" visibleFrom="xs">
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
            rightSection={
              link.count ? (
                <Badge color="red" size="sm" circle={link.count < 10}>
                  {link.count}
                </Badge>
              ) : undefined
            }
            active={active(link.to)}
            // Filled: the light variant's hover colour leaves its label below AA contrast.
            variant="filled"
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
