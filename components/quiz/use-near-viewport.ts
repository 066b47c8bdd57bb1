"use client";
/**
 * Whether an element is within `marginPx` of the browser viewport (IntersectionObserver). Lessons
 * with many image items mount a viewer only for the items near the screen. True when the browser
 * has no IntersectionObserver.
 */
import { useEffect, useState, type RefObject } from "react";

export function useNearViewport(ref: RefObject<Element | null>, marginPx = 600): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      {
        rootMargin: `${marginPx}px 0px`,
      },
    );
    io.observe(el);
    return () => io.disconnect();
  }, [ref, marginPx]);
  return near;
}
