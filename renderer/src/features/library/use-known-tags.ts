import { useState } from 'react';
import { useApp } from '../../stores/store-context';

/**
 * The tags to filter by: all tags seen in the unfiltered list, kept while a filter narrows it.
 * (Worked out when the list changes, during render, as React recommends for derived state.)
 */
export function useKnownTags(locale: string): string[] {
  const library = useApp((s) => s.library);
  const search = useApp((s) => s.librarySearch);
  const tag = useApp((s) => s.libraryTag);
  const showBin = useApp((s) => s.showBin);
  const [tagMemory, setTagMemory] = useState<{ from: typeof library | null; tags: string[] }>({
    from: null,
    tags: [],
  });
  if (tagMemory.from !== library) {
    const present = [...new Set(library.flatMap((s) => s.tags))];
    const unfiltered = !search && !tag && !showBin;
    const next = unfiltered ? present : [...new Set([...tagMemory.tags, ...present])];
    next.sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' }));
    setTagMemory({ from: library, tags: next });
  }
  return tagMemory.tags;
}
