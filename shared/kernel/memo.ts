/**
 * A pure function of one key, memoised in a bounded cache (cleared when it reaches `max` entries).
 * For computations over many rows that convert the same few thousand values again and again
 * (dates to day numbers, amounts to their Dutch wording).
 */
export function gememoiseerd<K, V>(f: (k: K) => V, max = 100_000): (k: K) => V {
  const cache = new Map<K, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = f(k);
      if (cache.size >= max) cache.clear();
      cache.set(k, v);
    }
    return v;
  };
}
