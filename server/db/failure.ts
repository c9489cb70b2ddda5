// Marks errors thrown by the database layer, so the HTTP layer can answer "the plan store is
// unavailable" (503) for every driver or connection failure, including those that carry no error
// code (a dropped PostgreSQL connection, a connect timeout), without guessing from codes.
const STORE_FAILURE = Symbol.for("onepath.storeFailure");

/** The same error (its message and code kept for the log), marked as a store failure. */
export function asStoreFailure(error: unknown): Error {
  const marked = error instanceof Error ? error : new Error(String(error));
  Object.defineProperty(marked, STORE_FAILURE, { value: true });
  return marked;
}

export const isStoreFailure = (error: unknown): boolean => typeof error === "object" && error !== null && STORE_FAILURE in error;

/** Wraps every method of a store so anything it throws is marked as a store failure. */
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
          throw asStoreFailure(error);
        }
      };
    },
  });
}
