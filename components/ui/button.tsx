/**
 * The site's button: one base style and its variants as data (`BUTTON`), as shadcn's button.tsx
 * does with cva. `buttonClass` gives the same classes to an element that is not a <button> (e.g. a
 * <label> wrapping a file input).
 */
import type { ButtonHTMLAttributes } from "react";
import { variants, type VariantProps } from "./variants";

export const BUTTON = {
  tone: {
    /** Neutral action. */
    default: "border-slate-600 hover:bg-slate-700",
    /** The main action of a form (e.g. Check). */
    primary: "border-sky-500 bg-sky-900 hover:bg-sky-800",
    /** Destroys data (asks first). */
    danger: "border-rose-600 hover:bg-rose-950",
    /** A pressed toggle (the selected drawing tool). */
    active: "border-amber-300 bg-amber-900",
  },
  size: {
    xs: "px-2 py-0.5 text-xs",
    sm: "px-2 py-1 text-sm",
    md: "px-3 py-1 text-sm",
  },
};

export const buttonClass = variants(
  "rounded border focus-visible:outline-2 focus-visible:outline-sky-300 disabled:opacity-50",
  BUTTON,
  { tone: "default", size: "md" },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof BUTTON>;

/** A `type="button"` <button> (pass `type="submit"` to submit a form). */
export function Button({ tone, size, className, type = "button", ...rest }: ButtonProps) {
  return <button type={type} className={buttonClass({ tone, size, className })} {...rest} />;
}
