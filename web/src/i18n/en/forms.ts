import { catalog } from '../catalog.js';

/** What every form says of a refused write: a field’s issue in the alert above the button. */
export const forms = catalog('forms', {
  'alert.issue': '{field}: {issue}',
});
