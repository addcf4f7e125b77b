import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bridge } from './api/bridge';
import { createEngineWorker, EngineClient } from './api/engine-client';
import { App } from './App';
import {
  createUncertaintyWorker,
  UncertaintyClient,
} from './features/uncertainty/uncertainty-client';
import { initI18n } from './i18n';
import { createAppStore } from './stores/app-store';
import { StoreProvider } from './stores/store-context';
import './styles.css';

async function boot() {
  await initI18n();
  const store = createAppStore({
    bridge: bridge(),
    engine: new EngineClient(createEngineWorker),
    uncertainty: new UncertaintyClient(createUncertaintyWorker, navigator.hardwareConcurrency),
  });
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
  await store.getState().started();
}

void boot();
