import type { NoticeActions, NoticeState, SliceContext } from '../types';

export function createNoticeSlice({ set }: SliceContext): NoticeState & NoticeActions {
  return {
    notice: null,
    noticeShown(notice) {
      set({ notice });
    },
  };
}
