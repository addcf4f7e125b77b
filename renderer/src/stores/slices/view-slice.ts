import type { SliceContext, ViewActions, ViewState } from '../types';
import { loadLibrary } from './library-slice';

export function createViewSlice(ctx: SliceContext): ViewState & ViewActions {
  const { set } = ctx;
  return {
    page: 'benefits',
    selectedBenefit: null,
    unit: 'pctGdp',
    year: null,

    pageChanged(page) {
      set({ page });
      if (page === 'library' || page === 'compare') void loadLibrary(ctx);
    },

    benefitSelected(id) {
      set({ selectedBenefit: id });
    },

    unitChanged(unit) {
      set({ unit });
    },

    yearChanged(year) {
      set({ year });
    },
  };
}
