import { catalog } from '../catalog.js';

/** An edit refused because someone else saved the interview meanwhile (StaleVersion). */
export const staleVersion = catalog('stale-version', {
  'reload.button': 'Load the latest version',
  'reloaded.title': 'Latest version loaded',
  'reloaded.message': 'Your changes are kept: check them and save again.',
});
