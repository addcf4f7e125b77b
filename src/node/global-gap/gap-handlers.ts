import { createHash } from 'node:crypto';
import type { GlobalGap } from '#engine';
import type { Handlers } from '../bridge-dispatch';
import { gapPackage, runGlobalGap, DEFAULT_GAP_YEAR } from './run-global-gap';

/** Answers kept: a few packages and years, each about 0.3 MB. */
const MAX_CACHED = 8;

/**
 * The bridge's `gap:all`: the package's global gap over the shipped database (methodology 12). The
 * first run holds its thread about 1.5 s, later ones with another year or package about 0.06 s
 * (docs/architecture.md); each answer is kept by (year, poverty line, package hash), so the World
 * page's second visit is instant. The browser build runs it in a worker thread (HEAVY_CHANNELS) so
 * the server keeps answering meanwhile; the desktop app runs it in its main process.
 */
export function gapHandlers(): Pick<Handlers, 'gap:all'> {
  const cache = new Map<string, GlobalGap>();
  return {
    'gap:all': ({ year, scenario, povertyLine }) => {
      const key = createHash('sha256')
        .update(JSON.stringify([year ?? DEFAULT_GAP_YEAR, povertyLine ?? null, scenario ?? null]))
        .digest('hex');
      const kept = cache.get(key);
      if (kept) return kept;
      const result = runGlobalGap({
        ...(year === undefined ? {} : { year }),
        ...(scenario === undefined ? {} : { scenario: gapPackage(scenario, 'scenario') }),
        ...(povertyLine === undefined ? {} : { povertyLine }),
      });
      if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      cache.set(key, result);
      return result;
    },
  };
}
