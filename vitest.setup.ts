import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Unmount what each test rendered (automatic only with vitest globals, which we do not use).
afterEach(() => {
  cleanup();
});
