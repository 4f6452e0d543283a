import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  Menu,
  Modal,
  MultiSelect,
  Notification,
  PasswordInput,
  Select,
} from '@mantine/core';

// Shade 8 and a darker "dimmed" keep text at WCAG AA contrast (4.5:1) on white; Mantine's
// defaults (indigo 6, gray 6) fall short, as the browser tests' axe check reports.
// A long type-ahead list scrolls in the listbox itself, not in a ScrollArea inside it: the ARIA
// pattern (the field's arrow keys move through it, scrolling the highlighted option into view),
// and what axe knows as a combobox's popup; a scrolling box of its own would need a Tab stop.
const listbox = {
  withScrollArea: false,
  styles: { options: { maxHeight: 250, overflowY: 'auto' as const } },
};

/** The app's Mantine theme; Mantine's own close buttons are named in the language shown. */
export function appTheme(labels: { closeWindow: string; closeNotification: string }) {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: { light: 8, dark: 8 },
    defaultRadius: 'md',
    // Someone who asked their system for less motion gets dialogs, menus and notices without it.
    respectReducedMotion: true,
    // Light and outline badges, alerts and buttons write their text in a near-black, not the hue's mid shade, which
    // on its own tint falls below 4.5:1 for most hues (green, orange, yellow…).
    variantColorResolver: (input) => {
      const colors = defaultVariantColorsResolver(input);
      const tinted = input.variant === 'light' || input.variant === 'outline';
      return tinted ? { ...colors, color: 'var(--convene-light-variant-text)' } : colors;
    },
    components: {
      Modal: Modal.extend({
        defaultProps: {
          // Every close button gets a name screen readers can say.
          closeButtonProps: { 'aria-label': labels.closeWindow },
          // A dialog's <header> is only its title bar, not a second banner beside the app's own
          // (axe: landmark-no-duplicate-banner; Mantine's section role="dialog" does not scope it).
          attributes: { header: { role: 'presentation' } },
        },
      }),
      // Opening a menu focuses its first item (WAI-ARIA menu button), not Mantine's hidden
      // placeholder, which also sits in role="menu" where only items may (axe: aria-required-children).
      Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
      Select: Select.extend({ defaultProps: listbox }),
      MultiSelect: MultiSelect.extend({ defaultProps: listbox }),
      // Show / hide password works from the keyboard too (Mantine leaves it out of the Tab order).
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleFocusable: true } }),
      Notification: Notification.extend({
        defaultProps: { closeButtonProps: { 'aria-label': labels.closeNotification } },
        styles: { description: { color: 'var(--mantine-color-text)' } },
      }),
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--convene-light-variant-text': 'var(--mantine-color-dark-8)',
    // A field's error text and border: red 9 keeps 4.5:1 on white (Mantine's red 6 is 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A chosen row: the palest tint, on which links keep 4.5:1 (the "light" tint is too dark).
    '--convene-selected-row': 'var(--mantine-primary-color-0)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--convene-light-variant-text': 'var(--mantine-color-gray-0)',
    '--convene-selected-row': 'var(--mantine-color-dark-5)',
  },
});
