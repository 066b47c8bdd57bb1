/* eslint-disable @next/next/no-img-element -- static lesson figures of known size; no optimiser needed */
import type { ReactNode } from "react";

/** A lesson figure with caption and credit: `<Figure src="/figures/x.png" alt="…" caption="…" credit="…"/>`. */
export function Figure({
  src,
  alt,
  caption,
  credit,
  children,
}: {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  children?: ReactNode;
}) {
  return (
    <figure className="not-prose my-6">
      <img
        src={src}
        alt={alt}
        loading="lazy"
        className="mx-auto max-h-[480px] rounded-md border border-slate-800"
      />
      {(caption || credit || children) && (
        <figcaption className="mt-2 text-center text-sm text-slate-400">
          {caption ?? children}
          {credit ? <span className="block text-xs text-slate-400">{credit}</span> : null}
        </figcaption>
      )}
    </figure>
  );
}
