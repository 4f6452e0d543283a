import { Combobox, createTheme, MantineProvider, Modal, Popover } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { SessionProvider } from '../src/session.js';
import type { SignedIn } from '../src/types.js';

// Dropdowns and dialogs appear at once: happy-dom runs no CSS transitions to wait for. And it
// lays nothing out (every box is 0×0), which a dropdown would take for a hidden target.
const instant = { defaultProps: { transitionProps: { duration: 0 } } };
const dropdown = { defaultProps: { ...instant.defaultProps, hideDetached: false } };
const theme = createTheme({
  components: {
    Combobox: Combobox.extend(dropdown),
    Popover: Popover.extend(dropdown),
    Modal: Modal.extend(instant),
  },
});

/** Renders part of the app inside the providers main.tsx gives it; signed in when given a session. */
export function renderWithApp(ui: ReactElement, session?: SignedIn) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={client}>
        {session ? <SessionProvider info={session}>{ui}</SessionProvider> : ui}
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** What a screen reader says after a field's name: its description and its error. */
export function describedBy(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/** Enters text as one paste: typing key by key re-renders a whole form per key, slow here. */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
