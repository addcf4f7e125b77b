import { useTranslation } from 'react-i18next';
import { MAX_COMPARED } from '../compare/compare-limits';

interface Props {
  picked: number[];
  onCompare: () => void;
  onClear: () => void;
}

/** How many scenarios are ticked for comparison, and the button that compares them. */
export function CompareBar({ picked, onCompare, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <div className="lib-comparebar" data-testid="library-comparebar">
      <span aria-live="polite">
        {picked.length === 0
          ? t('library.compareHint', { max: MAX_COMPARED })
          : picked.length >= MAX_COMPARED
            ? t('library.compareFull', { max: MAX_COMPARED })
            : t('library.compareCount', { count: picked.length, max: MAX_COMPARED })}
      </span>
      <button
        type="button"
        className="button button--primary"
        disabled={picked.length < 2}
        onClick={onCompare}
        data-testid="library-compare"
      >
        {t('library.compareSelected')}
      </button>
      {picked.length ? (
        <button type="button" className="button" onClick={onClear}>
          {t('library.clearSelection')}
        </button>
      ) : null}
    </div>
  );
}
