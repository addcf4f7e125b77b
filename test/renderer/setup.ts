import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';

// Every renderer test runs in English, with the same translations the app ships.
await initI18n('en');

afterEach(() => {
  cleanup();
});
