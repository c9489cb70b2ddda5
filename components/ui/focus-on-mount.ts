// A ref that moves focus to its element when React puts it on the page: for the outcome of an
// action (a check-in, a move, a switch), which a screen reader then reads. A ref, not an effect:
// it runs once, when the element mounts. The element needs tabIndex={-1} unless it is a control.
export const focusOnMount = (element: HTMLElement | null): void => element?.focus();
