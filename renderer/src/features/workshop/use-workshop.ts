import { useCallback, useEffect, useMemo, useState } from 'react';
import type { WorkshopDetails } from '../../../../src/contract/bridge';
import type { CostedWorkshop } from '../../stores/types';
import { useApp } from '../../stores/store-context';
import { baselineCost, workshopFigures, type GroupFigures } from './workshop-figures';

export interface WorkshopView {
  workshop: WorkshopDetails | null;
  figures: GroupFigures[];
  baselineCostPctGdp: number | null;
  costing: boolean;
  /** What was thrown reading the workshop, worded where shown. */
  error: { thrown: unknown } | null;
  /** Reads the workshop again and costs every package (after a group saved or a file came back). */
  reload: () => void;
}

/**
 * One workshop read from the library and every package costed in the engine worker: the groups'
 * current revisions beside the baseline at its pinned revision. Costed again whenever the facilitator
 * view opens, since groups save their work from the workspace in between.
 */
export function useWorkshop(id: number): WorkshopView {
  const read = useApp((s) => s.workshopRead);
  const cost = useApp((s) => s.workshopCosted);
  const [workshop, setWorkshop] = useState<WorkshopDetails | null>(null);
  const [costed, setCosted] = useState<CostedWorkshop | null>(null);
  // The round last read and costed: costing while it lags behind the round asked for.
  const [doneRound, setDoneRound] = useState(-1);
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    read(id)
      .then(async (w) => {
        if (!live) return;
        setWorkshop(w);
        setError(null);
        const c = await cost(w);
        if (live) setCosted(c);
      })
      .catch((thrown: unknown) => {
        if (live) setError({ thrown });
      })
      .finally(() => {
        if (live) setDoneRound(round);
      });
    return () => {
      live = false;
    };
  }, [id, round, read, cost]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const figures = useMemo(
    () => (workshop && costed ? workshopFigures(workshop, costed) : []),
    [workshop, costed],
  );
  const baselineCostPctGdp = useMemo(
    () => (workshop && costed ? baselineCost(workshop, costed) : null),
    [workshop, costed],
  );
  return { workshop, figures, baselineCostPctGdp, costing: doneRound !== round, error, reload };
}
