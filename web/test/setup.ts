import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test renders into a fresh document body.
afterEach(() => cleanup());

// The API runs as a real server beside the tests on a shared machine: give its answers time.
configure({ asyncUtilTimeout: 10_000 });

// happy-dom has no document.fonts (a FontFaceSet); Mantine's autosizing textarea listens on it
// for fonts that finish loading. Here none ever load: an event target that never fires.
if (!document.fonts) Object.defineProperty(document, 'fonts', { value: new EventTarget() });
