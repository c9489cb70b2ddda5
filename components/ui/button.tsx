// The app's button, in three looks and two sizes. buttonClasses() gives the same look to a
// next/link, so a navigation can look like a button while staying a real link.
import type * as React from "react";
import { cn } from "./cn";

type ButtonVariant = "primary" | "secondary" | "ghost";
type ButtonSize = "md" | "lg";

export type ButtonStyle = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  className?: string;
};

// Hover only applies while the control is usable; disabled controls keep their resting look,
// dimmed. aria-disabled covers links, which have no disabled attribute.
const base =
  "inline-flex shrink-0 select-none items-center justify-center gap-2 rounded-lg border font-semibold " +
  "no-underline transition-colors duration-150 " +
  "disabled:cursor-not-allowed disabled:opacity-55 " +
  "aria-disabled:pointer-events-none aria-disabled:opacity-55 " +
  "[&_svg]:size-5 [&_svg]:shrink-0 [&_svg]:pointer-events-none";

const variants: Record<ButtonVariant, string> = {
  primary:
    "border-transparent bg-accent text-accent-ink shadow-sm not-disabled:hover:bg-accent-strong " + "not-disabled:active:bg-accent-strong",
  secondary:
    "border-line-strong bg-surface-raised text-ink not-disabled:hover:bg-surface-sunken " + "not-disabled:active:bg-surface-sunken",
  ghost: "border-transparent bg-transparent text-accent-text not-disabled:hover:bg-accent-soft " + "not-disabled:active:bg-accent-soft",
};

// Both sizes are at least 44px tall (WCAG 2.5.5 target size).
const sizes: Record<ButtonSize, string> = {
  md: "min-h-11 min-w-11 px-4 py-2 text-base",
  lg: "min-h-13 min-w-13 px-6 py-3 text-lg",
};

export function buttonClasses({ variant = "primary", size = "md", className }: ButtonStyle = {}): string {
  return cn(base, variants[variant], sizes[size], className);
}

export type ButtonProps = React.ComponentProps<"button"> & Omit<ButtonStyle, "className">;

/** Defaults to type="button"; pass type="submit" explicitly inside a form. */
export function Button({ variant, size, className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...props} />;
}
