import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../stores/store-context';

/** Searching follows typing, a moment after the last key. */
const SEARCH_DELAY_MS = 250;

export interface LibrarySearch {
  /** The text in the search box, which the list follows a moment later. */
  text: string;
  setText: (text: string) => void;
  /** Searches for the text in the box now (Enter). */
  searchNow: () => void;
  setTag: (tag: string) => void;
  clearFilters: () => void;
}

/** The library's search box and tag filter, kept in step with the store's search. */
export function useLibrarySearch(): LibrarySearch {
  const search = useApp((s) => s.librarySearch);
  const tag = useApp((s) => s.libraryTag);
  const librarySearched = useApp((s) => s.librarySearched);
  const [text, setText] = useState(search);

  // Search as the user types, a moment after the last key.
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => void librarySearched(text, tag), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search, tag, librarySearched]);

  // Leaving the page with a search still waiting applies it: the box shows the text typed, so the
  // list must be filtered by that text when the page comes back (not by what was typed before).
  const pendingSearch = useRef({ text, search, tag });
  useEffect(() => {
    pendingSearch.current = { text, search, tag };
  }, [text, search, tag]);
  useEffect(
    () => () => {
      const pending = pendingSearch.current;
      if (pending.text !== pending.search) void librarySearched(pending.text, pending.tag);
    },
    [librarySearched],
  );

  return {
    text,
    setText,
    searchNow: () => void librarySearched(text, tag),
    setTag: (next) => void librarySearched(text, next),
    clearFilters: () => {
      setText('');
      void librarySearched('', '');
    },
  };
}
