/**
 * Token-bucket rate limit per key (a session, or an IP for logins and joins), kept in memory:
 * `capacity` writes at once, refilled at `perSecond`. One process only; behind several server
 * processes each has its own buckets.
 */
export interface RateLimiter {
  /** True when `key` may write now (and takes a token); false when over the limit. */
  take(key: string, now?: number): boolean;
}

export function rateLimiter(capacity: number, perSecond: number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      const b = buckets.get(key) ?? { tokens: capacity, at: now };
      b.tokens = Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond);
      b.at = now;
      buckets.set(key, b);
      if (buckets.size > 100_000) buckets.delete(buckets.keys().next().value as string);
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
  };
}
