/** Suggestions for a country code that is not in the data: close codes and matching names. */

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Up to `max` known codes close to `input`: codes one edit away, then countries whose name contains
 * the input (so "Kenya" suggests KEN). Each is written "KEN (Kenya)", or "KEN" without a name.
 */
export function closeCountryCodes(
  input: string,
  known: ReadonlyMap<string, string>,
  max = 5,
): string[] {
  const wanted = input.trim().toUpperCase();
  const scored: { code: string; score: number }[] = [];
  for (const [code, name] of known) {
    const distance = editDistance(wanted, code.toUpperCase());
    if (distance <= 1) scored.push({ code, score: distance });
    else if (wanted.length >= 3 && name.toUpperCase().includes(wanted)) {
      scored.push({ code, score: 2 });
    } else if (distance === 2 && wanted.length === 3 && wanted[0] === code[0]) {
      scored.push({ code, score: 3 });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
  // A file without a name column (the IMF's) gives no names: the code alone, not "ABW ()".
  return scored.slice(0, max).map(({ code }) => {
    const name = known.get(code);
    return name ? `${code} (${name})` : code;
  });
}
