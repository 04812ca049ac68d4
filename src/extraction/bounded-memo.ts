/**
 * A pure function of one string, remembered: news repeats the same words and names all the time. The
 * memory is emptied once it holds `limit` entries, so a long ingest cannot grow it without bound.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memory = new Map<string, T>();
  const recent = new RecentValues<T>();
  return (key) => {
    const hash = stringHash(key);
    const remembered = recent.get(key, hash);
    if (remembered !== NOT_FOUND) return remembered;
    let value = memory.get(key);
    if (value === undefined && !memory.has(key)) {
      value = compute(key);
      if (memory.size >= limit) {
        memory.clear();
        recent.clear();
      }
      memory.set(key, value);
    }
    recent.set(key, hash, value as T);
    return value as T;
  };
}

/** FNV-1a over the UTF-16 code units. */
export function stringHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h;
}

const NOT_FOUND: unique symbol = Symbol('not found');
const RECENT_SLOTS = 1 << 12;

/**
 * The values of recently asked keys in a small direct-mapped table, by a hash kept in a typed array: a hit reads
 * the key's string only when the hashes match, where a lookup in the large memory map costs several cache misses.
 * It holds only keys the memory holds, and is emptied with it.
 */
class RecentValues<T> {
  private readonly hashes = new Int32Array(RECENT_SLOTS);
  private readonly keys: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  private readonly values: (T | undefined)[] = new Array<T | undefined>(RECENT_SLOTS).fill(undefined);

  get(key: string, hash: number): T | typeof NOT_FOUND {
    const slot = hash & (RECENT_SLOTS - 1);
    return this.hashes[slot] === hash && this.keys[slot] === key ? (this.values[slot] as T) : NOT_FOUND;
  }

  clear(): void {
    this.hashes.fill(0);
    this.keys.fill(undefined);
    this.values.fill(undefined);
  }

  set(key: string, hash: number, value: T): void {
    const slot = hash & (RECENT_SLOTS - 1);
    this.hashes[slot] = hash;
    this.keys[slot] = key;
    this.values[slot] = value;
  }
}
