// How the HTTP server (scripts/serve.ts, bundled on its own) waits for the email worker that
// the app started (instrumentation.ts, bundled by Next) before the process exits. The two are
// separate module graphs in one process, so the hand-off goes through a global symbol.
const STOP_BACKGROUND_WORK = Symbol.for("petition.stopBackgroundWork");

type Stop = () => Promise<void>;
const slot = globalThis as { [STOP_BACKGROUND_WORK]?: Stop };

export function onStopBackgroundWork(stop: Stop): void {
  slot[STOP_BACKGROUND_WORK] = stop;
}

/** Lets running jobs finish (or releases them) and closes the worker's connections. */
export async function stopBackgroundWork(): Promise<void> {
  await slot[STOP_BACKGROUND_WORK]?.();
}
