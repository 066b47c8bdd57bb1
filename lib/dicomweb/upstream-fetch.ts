/**
 * Fetch for a streaming proxy: the time limit covers the upstream's response headers, not the
 * streamed body. Once headers arrive, the body may take as long as it needs while bytes keep
 * coming; if no byte arrives for `idleMs`, the upstream request is aborted and the body stream
 * errors (the client sees a failed transfer, never a silently shortened one).
 */

export class UpstreamTimeoutError extends Error {
  constructor(ms: number) {
    super(`no response headers within ${ms} ms`);
    this.name = "UpstreamTimeoutError";
  }
}

export interface UpstreamTimeouts {
  /** Milliseconds allowed until the response headers arrive. */
  headersMs: number;
  /** Milliseconds allowed between two body chunks (and before the first one). */
  idleMs: number;
}

/** Re-arms `onIdle` after every chunk; stops when the stream ends or fails. */
function idleWatch(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  onIdle: () => void,
): ReadableStream<Uint8Array> {
  let timer = setTimeout(onIdle, idleMs);
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, idleMs);
  };
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctrl) {
        rearm();
        ctrl.enqueue(chunk);
      },
      flush() {
        clearTimeout(timer);
      },
    }),
  );
}

/**
 * Fetches `url`; rejects with UpstreamTimeoutError when the headers take longer than
 * `t.headersMs`, and with the fetch error when the server is unreachable. The returned response's
 * body is wrapped by the idle watch (null bodies stay null).
 */
export async function fetchWithHeaderTimeout(
  url: string,
  init: RequestInit,
  t: UpstreamTimeouts,
): Promise<Response> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, t.headersMs);
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: ctrl.signal });
  } catch (e) {
    throw timedOut ? new UpstreamTimeoutError(t.headersMs) : e;
  } finally {
    clearTimeout(timer);
  }
  if (!res.body) return res;
  const body = idleWatch(res.body, t.idleMs, () => ctrl.abort());
  return new Response(body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  });
}
