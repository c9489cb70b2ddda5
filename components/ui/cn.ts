// Joins class names and drops the empty ones. It does not resolve Tailwind conflicts (no
// tailwind-merge), so an override passed in className should not fight a variant's own classes.
export type ClassValue = string | false | null | undefined;

export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
