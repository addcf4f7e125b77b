import { useTranslation } from 'react-i18next';
import { PAGES } from '../pages';
import { useApp } from '../stores/store-context';

/** The workspace's pages; Alt+1..9 and Alt+0 (the tenth) jump to them from the keyboard. */
export function Nav() {
  const { t } = useTranslation();
  const page = useApp((s) => s.page);
  const change = useApp((s) => s.pageChanged);
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      {PAGES.map((p, i) => (
        <button
          key={p}
          type="button"
          className={`nav__item${p === page ? ' nav__item--on' : ''}`}
          aria-current={p === page ? 'page' : undefined}
          title={i < 10 ? `Alt+${(i + 1) % 10}` : undefined}
          data-testid={`nav-${p}`}
          onClick={() => change(p)}
        >
          {t(`nav.${p}`)}
        </button>
      ))}
    </nav>
  );
}
