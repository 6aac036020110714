import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The young generation (both semi-spaces) of each validation worker thread, in MB. */
export const YOUNG_GENERATION_MB = 32;
/** The main thread's, once large inputs are validated (it reads, hands out and tallies; workers parse and check). */
export const MAIN_YOUNG_GENERATION_MB = 16;
/**
 * The main thread's in a run reading a streamed source: it parses every document there (counting) and writes or
 * sends them; at 16 MB, a run of 1M items to a directory took 212 CPU-s instead of 166.
 */
export const RUN_YOUNG_GENERATION_MB = 32;
const POLL_MS = 10;

let capping = false;

/**
 * Holds the young generations of this process's threads at their sizes above (the main thread's: `mainMb`).
 * V8 doubles a thread's young generation each time what survived its collections since the last growth adds up
 * to its size, so any long run grows the main thread's to the maximum V8 derives from the machine's memory
 * (128 MB on 24 GB, Node 24), all of it touched, and never shrinks it while busy: a third of the peak RSS of
 * validating 1M NDJSON items. That maximum is fixed when a thread starts (`--max-semi-space-size`, which neither
 * the Action's `node24` nor a user's `node` passes); the growth factor is read at each growth, so growth stops
 * (`--semi-space-growth-factor=1`, for every thread) once the main thread's next growth would pass its size
 * (looked at every POLL_MS: one more doubling between two looks stays possible). Worker threads started from
 * the first call on begin at their size (`--min-semi-space-size`; their `resourceLimits` cap it). V8 flags are
 * the process's, so the first call decides and it stays; a no-op where V8 names its spaces otherwise.
 */
export function capYoungGenerations(mainMb = MAIN_YOUNG_GENERATION_MB): void {
  if (capping) return;
  capping = true;
  setFlagsFromString(`--min-semi-space-size=${YOUNG_GENERATION_MB / 2}`);
  const timer = setInterval(() => {
    const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    if (young !== undefined && young.space_size * 2 <= mainMb << 20) return;
    if (young !== undefined) setFlagsFromString('--semi-space-growth-factor=1');
    clearInterval(timer);
  }, POLL_MS);
  timer.unref();
}
