import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/Header';
import { Nav } from './components/Nav';
import { PAGES } from './pages';
import { NoticeBar } from './components/NoticeBar';
import { RecoveryBanner } from './components/RecoveryBanner';
import { useDesktopMenu } from './components/use-desktop-menu';
import { BenefitsPage } from './features/benefits/BenefitsPage';
import { ComparePage } from './features/compare/ComparePage';
import { CountryPage } from './features/country/CountryPage';
import { CrisisPage } from './features/crisis/CrisisPage';
import { PensionPage } from './features/pension/PensionPage';
import { PopulationPage } from './features/population/PopulationPage';
import { FinancingPage } from './features/financing/FinancingPage';
import { LibraryPage } from './features/library/LibraryPage';
import { ResultsPage } from './features/results/ResultsPage';
import { ExplainPanel } from './features/explain/ExplainPanel';
import { UncertaintyPage } from './features/uncertainty/UncertaintyPage';
import { WorkshopPage } from './features/workshop/WorkshopPage';
import { useApp, useAppStore } from './stores/store-context';

// The World page loads its map (chartjs-chart-geo and the world's shapes) only when opened.
const WorldPage = lazy(() =>
  import('./features/world/WorldPage').then((m) => ({ default: m.WorldPage })),
);

const AUTOSAVE_MS = 3000;

/** Keyboard: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo, Ctrl+S saves (Ctrl+Shift+S as a new scenario), Alt+1..9 and Alt+0 (the tenth) change page. */
function useShortcuts() {
  const store = useAppStore();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      const inField =
        e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (mod && e.key.toLowerCase() === 's') {
        e.preventDefault();
        // Ctrl+Shift+S: save as a new scenario, leaving the one opened as it was.
        void (e.shiftKey ? s.saveAsRequested() : s.saveRequested());
      } else if (mod && !inField && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) s.redoRequested();
        else s.undoRequested();
      } else if (mod && !inField && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        s.redoRequested();
      } else if (e.altKey && /^[0-9]$/.test(e.key)) {
        const target = PAGES[e.key === '0' ? 9 : Number(e.key) - 1];
        if (!target) return;
        e.preventDefault();
        s.pageChanged(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

/** Unsaved work is written to the library's autosave slot a few seconds after each change. */
function useAutosave() {
  const store = useAppStore();
  const draft = useApp((s) => s.draft);
  const country = useApp((s) => s.country);
  useEffect(() => {
    if (!draft) return;
    const timer = setTimeout(() => void store.getState().autosaveRequested(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [draft, country, store]);
}

/** The browser asks before closing a window with unsaved changes (Electron asks in its own way). */
function useUnsavedGuard() {
  const store = useAppStore();
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (store.getState().isDirty()) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);
}

export function App() {
  const { t } = useTranslation();
  const ready = useApp((s) => s.ready);
  const page = useApp((s) => s.page);
  const hasDraft = useApp((s) => s.draft !== null);
  useShortcuts();
  useAutosave();
  useUnsavedGuard();
  useDesktopMenu();
  // A new page opens at its top, even when it was opened from a button far down the previous one.
  useEffect(() => {
    document.documentElement.scrollTop = 0;
  }, [page]);

  return (
    <div className="app">
      <Header />
      <Nav />
      <main className="main" id="main" aria-labelledby="page-title">
        {/* One level-one heading a page, for screen-reader navigation; each page's h2 is the visible title. */}
        <h1 id="page-title" className="visually-hidden">
          {t(`nav.${page}`)}
        </h1>
        <NoticeBar />
        <RecoveryBanner />
        {!ready ? (
          <p className="empty" role="status">
            {t('status.loading')}
          </p>
        ) : !hasDraft ? (
          <p className="empty">{t('status.noScenario')}</p>
        ) : page === 'benefits' ? (
          <BenefitsPage />
        ) : page === 'results' ? (
          <ResultsPage />
        ) : page === 'uncertainty' ? (
          <UncertaintyPage />
        ) : page === 'financing' ? (
          <FinancingPage />
        ) : page === 'crisis' ? (
          <CrisisPage />
        ) : page === 'country' ? (
          <CountryPage />
        ) : page === 'population' ? (
          <PopulationPage />
        ) : page === 'pension' ? (
          <PensionPage />
        ) : page === 'library' ? (
          <LibraryPage />
        ) : page === 'workshop' ? (
          <WorkshopPage />
        ) : page === 'world' ? (
          <Suspense
            fallback={
              <p className="empty" role="status">
                {t('status.loading')}
              </p>
            }
          >
            <WorldPage />
          </Suspense>
        ) : (
          <ComparePage />
        )}
      </main>
      <ExplainPanel />
    </div>
  );
}
