import { catalog } from '../catalog.js';

/** Previous / Next under a paged list (CursorPager). */
export const pager = catalog('pager', {
  // {what} is the list's own name, e.g. "Templates"
  'pager.label': '{what} pages',
  'pager.page': 'Page {page}',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
});
