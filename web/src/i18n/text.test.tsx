import { Anchor } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render.js';
import { formatWhen } from '../format.js';
import { SignInPage } from '../pages/SignInPage.js';
import type { Translation } from './catalog.js';
import { setDateLocale } from './date-locale.js';
import type { auth } from './en/auth.js';
import type { TranslationLoaders } from './locales.js';
import { TextProvider, useText } from './text.js';

// A pseudo-locale's catalog of the sign-in area, as a folder `en-XA/` beside `en/` would ship it;
// it has not translated the password field yet.
const pseudo: Partial<Translation<typeof auth>> = {
  'signIn.title': '[Šîĝñ îñ ţö Çöñvéñé]',
  'signIn.email': '[Éɱåîļ]',
  'signIn.submit': '[Šîĝñ îñ]',
};
const translations: TranslationLoaders = { './en-XA/auth.ts': async () => pseudo };

// Rendered inside an awaited act(): React finishes a render that waited for a catalog only there.
async function signInIn(own: string | null, browser: string[]) {
  await act(async () => {
    renderWithApp(
      <TextProvider own={own} browser={browser} translations={translations}>
        <Suspense fallback={<p>Loading the language</p>}>
          <SignInPage />
        </Suspense>
      </TextProvider>,
    );
  });
}

describe('the coordinator app in another language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('is shown in the user’s own language once its catalog is there, English where it has no word', async () => {
    await signInIn('en-XA', ['de']);
    expect(await screen.findByRole('heading', { name: '[Šîĝñ îñ ţö Çöñvéñé]' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '[Šîĝñ îñ]' })).toBeTruthy();
    expect(screen.getByLabelText(/^\[Éɱåîļ\]/)).toBeTruthy();
    // Not in the pseudo-locale's catalog: English.
    expect(screen.getByLabelText(/^Password/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-XA');
  });

  it('fetches a language’s catalog of an area once, however often the area is shown', async () => {
    let fetched = 0;
    const counted: TranslationLoaders = {
      './en-XA/auth.ts': async () => {
        fetched += 1;
        return pseudo;
      },
    };
    for (const _ of [1, 2]) {
      const shown = await act(async () =>
        renderWithApp(
          <TextProvider own="en-XA" translations={counted}>
            <Suspense fallback={null}>
              <SignInPage />
            </Suspense>
          </TextProvider>,
        ),
      );
      expect(await screen.findByRole('button', { name: '[Šîĝñ îñ]' })).toBeTruthy();
      shown.unmount();
    }
    expect(fetched).toBe(1);
  });

  it('follows the browser when the user has no language of their own', async () => {
    await signInIn(null, ['en-XA', 'en']);
    expect(await screen.findByRole('button', { name: '[Šîĝñ îñ]' })).toBeTruthy();
  });

  it('is English for a language it has no catalog of, and says so on the page', async () => {
    document.documentElement.setAttribute('lang', 'xx');
    await signInIn('nl', ['nl-BE', 'fr']);
    expect(screen.getByRole('heading', { name: 'Sign in to Convene' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});

function SentAt() {
  return <p>Sent {formatWhen('2026-03-03T09:00:00Z', 'Europe/Paris')}</p>;
}

describe('dates in the coordinator app', () => {
  afterEach(() => setDateLocale('en'));

  it('are written in the language the app is shown in, and in British English in English', () => {
    // French is shipped once a folder `fr/` has a catalog; its areas may still be partial.
    const french: TranslationLoaders = { './fr/auth.ts': async () => ({}) };
    const shown = renderWithApp(
      <TextProvider own="fr" translations={french}>
        <SentAt />
      </TextProvider>,
    );
    expect(screen.getByText('Sent mar. 3 mars 2026, 10:00')).toBeTruthy();
    shown.unmount();
    renderWithApp(
      <TextProvider own="en" translations={french}>
        <SentAt />
      </TextProvider>,
    );
    expect(screen.getByText('Sent Tue, 3 Mar 2026, 10:00')).toBeTruthy();
  });
});

const rich = {
  area: 'test-rich',
  messages: {
    'help.line': 'Forgot it? <link>Ask an admin</link>, {name} will know.',
    'help.count': '{n, plural, one {# answer} other {# answers}}',
  },
} as const;

function Help() {
  const t = useText(rich);
  return (
    <p>
      {t.rich('help.line', {
        name: <strong>Ada</strong>,
        link: (chunks) => <Anchor href="/people">{chunks}</Anchor>,
      })}{' '}
      {t('help.count', { n: 1200 })}
    </p>
  );
}

describe('a message with elements in it', () => {
  it('puts the elements where the message says, around its words', () => {
    renderWithApp(<Help />);
    const link = screen.getByRole('link', { name: 'Ask an admin' });
    expect(link.getAttribute('href')).toBe('/people');
    expect(link.closest('p')?.textContent).toBe(
      'Forgot it? Ask an admin, Ada will know. 1,200 answers',
    );
    expect(screen.getByText('Ada').tagName).toBe('STRONG');
  });
});
