// The address bar and the session history, for a page that keeps what is on screen in its address
// (the wizard): Back and Forward then walk its steps, and a reload shows the same step. The state
// Next.js keeps in each entry is carried along, so its router still knows the page.
export const currentAddress = (): string => window.location.pathname + window.location.search;

export const pushAddress = (href: string): void => window.history.pushState(window.history.state, "", href);

export const replaceAddress = (href: string): void => window.history.replaceState(window.history.state, "", href);

/** Calls onPop with the address Back or Forward moved to; returns the unsubscribe. */
export function onAddressPop(onPop: (address: string) => void): () => void {
  const listener = () => onPop(currentAddress());
  window.addEventListener("popstate", listener);
  return () => window.removeEventListener("popstate", listener);
}
