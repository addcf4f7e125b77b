import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/src/i18n';

// A loaded CI machine (2 cores, tests in parallel) can take more than the default second to render.
configure({ asyncUtilTimeout: 5000 });

// Every renderer test runs in English, with the same translations the app ships.
await initI18n('en');

afterEach(() => {
  cleanup();
});
