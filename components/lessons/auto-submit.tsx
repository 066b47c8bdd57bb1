"use client";
import { useEffect, useRef } from "react";

/**
 * Submits its parent form when a select changes, and after a pause in typing in the search box,
 * dropping empty fields so the URL stays short. A select changed before hydration (a slow page)
 * is not lost: on mount, a select whose value differs from the URL's submits at once. Renders an
 * empty span (the hook's anchor).
 */
export function AutoSubmit() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const submit = () => {
      const params = new URLSearchParams();
      new FormData(form).forEach((v, k) => {
        if (typeof v === "string" && v.trim()) params.set(k, v.trim());
      });
      const qs = params.toString();
      window.location.assign(`/lessons${qs ? `?${qs}` : ""}`);
    };
    const onChange = (e: Event) => {
      if ((e.target as HTMLElement).tagName === "SELECT") submit();
    };
    const onInput = (e: Event) => {
      if ((e.target as HTMLInputElement).type !== "search") return;
      clearTimeout(timer);
      timer = setTimeout(submit, 600);
    };
    const onSubmit = (e: Event) => {
      e.preventDefault();
      submit();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    form.addEventListener("submit", onSubmit);
    const shown = new URLSearchParams(window.location.search);
    if ([...form.querySelectorAll("select")].some((s) => (shown.get(s.name) ?? "") !== s.value))
      submit();
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
      form.removeEventListener("submit", onSubmit);
    };
  }, []);
  return <span ref={ref} hidden />;
}
