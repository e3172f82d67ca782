// @ts-check
// The first screen's reads, asked for as soon as the page begins, while
// the interface's own script is still being read and run: the app answers
// them (the health check is the longest) on its own threads in the
// meantime, and the interface takes each answer the first time it asks for
// it (`call` in src/lib/api.ts), if nothing else was asked before.
// A classic script of the app's own files (the window's policy allows no
// other), run where index.html names it, before the interface's modules.
(() => {
  const tauri = /** @type {{ __TAURI_INTERNALS__?: { invoke?: (command: string) => Promise<unknown> } }} */ (
    /** @type {unknown} */ (window)
  ).__TAURI_INTERNALS__;
  if (!tauri || typeof tauri.invoke !== 'function') return;
  const invoke = tauri.invoke.bind(tauri);
  /** @type {Map<string, Promise<unknown>>} */
  const early = new Map();
  for (const command of ['app_state', 'profile_get', 'section_counts', 'health_report', 'health_rules', 'interview_get']) {
    const answer = invoke(command);
    // Without a workspace open the workspace's reads fail: nobody asks.
    answer.catch(() => undefined);
    early.set(command, answer);
  }
  Object.defineProperty(window, '__rumboEarly', { value: early, configurable: true });
  // When the page has all of them: a stage of the start on the page's
  // timeline, as `markStage` in src/lib/state/idle.ts puts the others.
  void Promise.allSettled(early.values()).then(() => performance.mark('rumbo:early'));
})();
