// A part of the window that the first screen does not show (a dialog, the
// guided start) is a script of its own, read the first time it is shown:
// the start then reads and compiles less (`scripts/bench-window.sh`
// measures it). The script comes from the app's own files, so it is read
// in a few milliseconds; a read that failed is tried again the next time.

/** The part `load` brings, read once and kept: `{#await part() then Part}`.
 *  `failed` runs when a read fails (the caller closes what was opening and
 *  says so), before the promise rejects. */
export function lazy<T>(load: () => Promise<{ default: T }>, failed?: (error: unknown) => void): () => Promise<T> {
  let reading: Promise<T> | null = null;
  return () => {
    reading ??= load().then(
      (module) => module.default,
      (error: unknown) => {
        reading = null;
        failed?.(error);
        throw error;
      },
    );
    return reading;
  };
}
