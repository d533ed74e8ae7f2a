// What a bench started (servers, browsers, builds) is stopped when it ends,
// fails, or is interrupted: nothing keeps a port or a core afterwards.

/** @type {Set<() => unknown>} */
const cleanups = new Set();

/**
 * Registers something to undo and returns the function that unregisters it.
 * @param {() => unknown} fn
 */
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Undoes everything registered, newest first, carrying on past failures. */
export async function cleanupAll() {
  const fns = [...cleanups].reverse();
  cleanups.clear();
  for (const fn of fns) {
    try {
      await fn();
    } catch {
      // Best effort: carry on with the rest.
    }
  }
}

/**
 * Cleans up on Ctrl-C and termination, saying what is being stopped.
 * @param {string} what e.g. "the server"
 */
export function cleanupOnSignals(what) {
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping ${what}…`);
      void cleanupAll().finally(() => process.exit(130));
    });
  }
}
