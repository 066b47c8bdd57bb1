/**
 * The device's queue of class attempts not yet acknowledged by the class server. An attempt is
 * queued before it is sent and leaves the queue only when the server acknowledged its id, so
 * attempts made offline (or whose answer was lost) are sent again later; the server stores each
 * id once. One key, `atlas.class.queue`: a JSON array of attempts, oldest first, at most
 * {@link MAX_QUEUED} (the oldest are dropped beyond that: they stay in the device's progress).
 */
import type { KeyValueStore } from "../progress/kv-store";
import { classAttemptSchema, type ClassAttempt } from "./attempt-schema";

export const QUEUE_KEY = "atlas.class.queue";
export const MAX_QUEUED = 2000;
/** Attempts per request (the server takes at most 200). */
export const SYNC_BATCH = 100;

/** The queued attempts; entries that no longer parse are dropped. */
export function readQueue(kv: KeyValueStore): ClassAttempt[] {
  try {
    const raw = JSON.parse(kv.getItem(QUEUE_KEY) ?? "[]") as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((x) => {
      const p = classAttemptSchema.safeParse(x);
      return p.success ? [p.data] : [];
    });
  } catch {
    return [];
  }
}

function writeQueue(kv: KeyValueStore, queue: readonly ClassAttempt[]): void {
  if (queue.length) kv.setItem(QUEUE_KEY, JSON.stringify(queue.slice(-MAX_QUEUED)));
  else kv.removeItem(QUEUE_KEY);
}

/** Adds an attempt (an id already queued is not added twice). */
export function enqueue(kv: KeyValueStore, attempt: ClassAttempt): void {
  const queue = readQueue(kv);
  if (!queue.some((a) => a.id === attempt.id)) writeQueue(kv, [...queue, attempt]);
}

/**
 * Sends the queue in batches with `send` (resolving to the acknowledged ids, rejecting when the
 * server cannot be reached); removes acknowledged attempts. Stops at the first failed batch.
 * Returns how many were acknowledged and how many remain.
 */
export async function syncQueue(
  kv: KeyValueStore,
  send: (batch: ClassAttempt[]) => Promise<string[]>,
): Promise<{ acknowledged: number; remaining: number }> {
  let acknowledged = 0;
  for (;;) {
    const queue = readQueue(kv);
    const batch = queue.slice(0, SYNC_BATCH);
    if (!batch.length) return { acknowledged, remaining: 0 };
    let acked: Set<string>;
    try {
      acked = new Set(await send(batch));
    } catch {
      return { acknowledged, remaining: queue.length };
    }
    const left = readQueue(kv).filter((a) => !acked.has(a.id));
    acknowledged += queue.length - left.length;
    writeQueue(kv, left);
    if (!batch.some((a) => acked.has(a.id))) return { acknowledged, remaining: left.length };
  }
}
