/**
 * A hand-written `cva` (class-variance-authority's model, no dependency): a base class string plus
 * named variant tables, so a component's looks are data and one call yields its class string.
 */

type VariantTable = Record<string, Record<string, string>>;

/** For each variant, one of its option names. */
export type VariantProps<T extends VariantTable> = { [K in keyof T]?: keyof T[K] };

/**
 * Returns `(props) => class string`: `base`, then for each variant the class of the chosen option
 * (or of `defaults`), then `props.className`. Unknown options add nothing.
 */
export function variants<T extends VariantTable>(
  base: string,
  table: T,
  defaults: { [K in keyof T]: keyof T[K] },
) {
  return (props: VariantProps<T> & { className?: string } = {}): string => {
    const parts = [base];
    for (const name of Object.keys(table) as (keyof T)[]) {
      const option = props[name] ?? defaults[name];
      parts.push(table[name][option as string] ?? "");
    }
    if (props.className) parts.push(props.className);
    return parts.filter(Boolean).join(" ");
  };
}
