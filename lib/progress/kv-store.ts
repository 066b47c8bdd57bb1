/**
 * A minimal key–value storage interface (the subset of the Web Storage API progress needs), an
 * in-memory implementation (tests, and fallback when localStorage is unavailable) and a guarded
 * accessor for the browser's localStorage.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  /** May throw (e.g. `QuotaExceededError` when storage is full). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** All keys currently stored. */
  keys(): string[];
}

/** In-memory store; `quotaChars` (total key + value characters) makes `setItem` throw when exceeded. */
export class MemoryStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  constructor(private readonly quotaChars = Infinity) {}
  getItem(key: string): string | null {
    return this.map.has(key) ? (this.map.get(key) as string) : null;
  }
  setItem(key: string, value: string): void {
    let used = 0;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quotaChars) {
      const e = new Error("The quota has been exceeded.");
      e.name = "QuotaExceededError";
      throw e;
    }
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
}

/** Wraps a Web Storage object. */
export function webStorageStore(storage: Storage): KeyValueStore {
  return {
    getItem: (k) => storage.getItem(k),
    setItem: (k, v) => storage.setItem(k, v),
    removeItem: (k) => storage.removeItem(k),
    keys: () =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
        (k): k is string => k !== null,
      ),
  };
}

/**
 * The browser's localStorage when it exists and is usable (it throws in some privacy modes),
 * otherwise a fresh in-memory store (progress then lasts for the page's lifetime only).
 */
export function browserStore(): { store: KeyValueStore; persistent: boolean } {
  try {
    const ls = (globalThis as { localStorage?: Storage }).localStorage;
    if (ls) {
      const probe = "atlas.progress.probe";
      ls.setItem(probe, "1");
      ls.removeItem(probe);
      return { store: webStorageStore(ls), persistent: true };
    }
  } catch {
    // fall through to memory
  }
  return { store: new MemoryStore(), persistent: false };
}
