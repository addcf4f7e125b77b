import { useTranslation } from 'react-i18next';
import type { Named } from '../../stores/types';

interface Props {
  deleted: Named;
  onUndo: () => void;
  onClose: () => void;
}

/** After a delete: the scenario is in the recycle bin, and Undo brings it back at once. */
export function UndoBar({ deleted, onUndo, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--info lib-undo" role="status" data-testid="library-undo">
      <span>{t('library.undoText', { name: deleted.name })}</span>
      <button
        type="button"
        className="button button--small"
        onClick={onUndo}
        data-testid="library-undo-button"
      >
        {t('library.undo')}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-label={t('notice.close')}
        onClick={onClose}
      >
        ×
      </button>
    </div>
  );
}
