// One request to a Worker with a time limit: a file that takes too long is stopped by terminating
// the worker, so the window never freezes and a bad file never takes the page down.

/** What a reader worker posts back: its result, or a refusal worded in both languages. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; zh: string; en: string };

/** An error thrown in a worker, carried across as its two sentences. */
export function replyOf(error: unknown): WorkerReply<never> {
  const zh = error instanceof Error ? error.message : String(error);
  const en = (error as { messageEn?: unknown } | null)?.messageEn;
  return { ok: false, zh, en: typeof en === 'string' ? en : zh };
}

export interface WorkerCall<T> {
  /** Starts the worker (`new Worker(new URL(...), { type: 'module' })`, written where vite can see it). */
  start: () => Worker;
  request: unknown;
  transfer?: Transferable[];
  seconds: number;
  /** The refusal when the time is up; also used when the worker itself fails. */
  timedOut: () => Error;
  /** Builds the error for a refusal the worker sent back. */
  refused: (zh: string, en: string) => Error;
  /** Runs the same reader on this thread where no Worker can be started (Node, tests). */
  inline: () => Promise<T>;
}

/** Runs one request in a fresh worker, terminated when it answers, fails or runs out of time. */
export function callWorker<T>(call: WorkerCall<T>): Promise<T> {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return call.inline();
    worker = call.start();
  } catch {
    return call.inline();
  }
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(call.timedOut());
    }, call.seconds * 1000);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WorkerReply<T>>) => {
      finish();
      const reply = event.data;
      if (reply.ok) resolve(reply.value);
      else reject(call.refused(reply.zh, reply.en));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(call.timedOut());
    };
    worker.postMessage(call.request, call.transfer ?? []);
  });
}
