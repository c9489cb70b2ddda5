// This browser's list of plans (browser/plan-store.ts), for the parts of a saved plan's page that
// read it: loaded after the page, so that the list's schemas stay out of the page's first load.
// Until it has loaded (and on the server) the list reads as empty, as it does for a browser that
// saved nothing; the owner's parts only show once the saved-plan machine, which loads the list
// too, has said this browser owns the plan.
import { useEffect, useState, useSyncExternalStore } from "react";

type Store = typeof import("@/browser/plan-store");

let store: Store | null = null;
const load = (): Promise<Store> => import("@/browser/plan-store").then((module) => (store = module));

const noSubscription = () => () => {};

/**
 * What read takes from the list, kept up to date; empty until the list has loaded, and while it
 * is not needed (the list is loaded once it is). read must return the same value for the same list.
 */
export function useStoredPlans<T>(read: (store: Store) => T, empty: T, needed = true): T {
  const [loaded, setLoaded] = useState<Store | null>(store);
  useEffect(() => {
    if (!loaded && needed) void load().then(setLoaded);
  }, [loaded, needed]);
  return useSyncExternalStore(
    loaded?.subscribePlans ?? noSubscription,
    () => (loaded ? read(loaded) : empty),
    () => empty,
  );
}
