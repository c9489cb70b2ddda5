// A one-time message carried across a navigation in this tab ("New link made", "Plan deleted"),
// kept in sessionStorage so that nothing about the plan goes into the URL.
const KEY = "onepath.flash";

export function setFlash(message: string): void {
  try {
    window.sessionStorage.setItem(KEY, message);
  } catch {
    // storage unavailable: the next page simply shows no message
  }
}

export function takeFlash(): string | null {
  try {
    const message = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    return message;
  } catch {
    return null;
  }
}
