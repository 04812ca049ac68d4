/**
 * A pure function of one string, remembered: news repeats the same words and names all the time. The
 * memory is emptied once it holds `limit` entries, so a long ingest cannot grow it without bound.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memory = new Map<string, T>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined && !memory.has(key)) {
      value = compute(key);
      if (memory.size >= limit) memory.clear();
      memory.set(key, value);
    }
    return value as T;
  };
}
