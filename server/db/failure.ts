// Marks errors thrown by the database layer, so the HTTP layer can answer "the plan store is
// unavailable" (503) for every driver or connection failure, including those that carry no error
// code (a dropped PostgreSQL connection, a connect timeout), without guessing from codes. The mark
// names the operation that failed, for the log: one line per failure, saying what failed and the
// error's code, never a stack (a store failure is the database's state, not a bug in the code) or
// what the error says about the data; while the store stays down, repeats are counted, not written.
import { type ThrottledLog, throttledLog } from "../throttled-log";

const STORE_FAILURE = Symbol.for("onepath.storeFailure");

/** The same error (its code kept for the log), marked as a failure of this store operation. */
export function asStoreFailure(error: unknown, operation: string): Error {
  const marked = error instanceof Error ? error : new Error(String(error));
  // The first mark stays: it names the operation that failed.
  if (!isStoreFailure(marked)) Object.defineProperty(marked, STORE_FAILURE, { value: operation });
  return marked;
}

export const isStoreFailure = (error: unknown): boolean => typeof error === "object" && error !== null && STORE_FAILURE in error;

/** Wraps every method of a store so anything it throws is marked as a failure of that method. */
export function guarded<T extends object>(store: T): T {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        try {
          return await method.apply(target, args);
        } catch (error) {
          throw asStoreFailure(error, String(key));
        }
      };
    },
  });
}

/** SQLITE_BUSY, ECONNREFUSED, 57014 (PostgreSQL's SQLSTATE): a word that names the failure and nothing it was about. */
const CODE = /^[A-Za-z0-9_]{1,40}$/;

/** A store failure as asStoreFailure marked it: always an Error, with the operation under the mark. */
type Marked = Error & { [STORE_FAILURE]: string; code?: unknown };

/**
 * What failed, in a few words: "store: update failed (SQLITE_BUSY)". Without a code, the first
 * words of the error's message ("Connection terminated unexpectedly"), clipped; an error's message
 * with a code may quote a value from the request, so it is never shown.
 */
function failureKind(error: Marked): string {
  const code = typeof error.code === "string" || typeof error.code === "number" ? String(error.code) : "";
  const why = CODE.test(code) ? code : error.message.split("\n")[0]!.slice(0, 60) || "no code";
  return `store: ${error[STORE_FAILURE]} failed (${why})`;
}

// One log for the process, kept on globalThis: Next may load this module more than once.
const holder = globalThis as unknown as { onepathStoreFailures?: ThrottledLog };

/** The store's failure log: one line per kind of failure, then a count of its repeats each minute. */
export const storeFailureLog = (): ThrottledLog => (holder.onepathStoreFailures ??= throttledLog((line) => console.error(line)));

/** Logs a store failure in one line, naming the request it failed ("PATCH /api/plans/AbCd…", a plan's id shortened). */
export function logStoreFailure(error: unknown, request: string): void {
  const what = failureKind(asStoreFailure(error, "call") as Marked);
  storeFailureLog()(`${what} on ${request}`, what);
}
