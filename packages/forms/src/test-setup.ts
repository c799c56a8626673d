import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { FORM_LOCALES, loadFormMessages } from './messages/index.ts';

// every language in before any test module runs, as on a device that has opened forms in each:
// tests render synchronously (loading.test.tsx imports fresh copies to test the wait for one)
await Promise.all(FORM_LOCALES.map(loadFormMessages));

afterEach(() => {
  cleanup();
});
