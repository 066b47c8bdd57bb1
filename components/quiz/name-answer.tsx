"use client";
/** Answer box of "name the structure" items: free text, or a list to pick from. */
import { useMemo } from "react";
import { displayName } from "@/lib/domain/names/vocabulary";
import type { Structure } from "@/lib/domain/model/case-manifest";
import type { NameItem } from "@/lib/quiz/item-schema";
import { mulberry32, seededShuffle } from "@/lib/quiz/seeded-random";

interface Props {
  item: NameItem;
  structures: readonly Structure[];
  value: string;
  onChange: (v: string) => void;
  onSubmit: () => void;
  disabled: boolean;
}

export function NameAnswer({ item, structures, value, onChange, onSubmit, disabled }: Props) {
  const choices = useMemo(() => {
    const ids = [item.structure, ...item.choices.filter((c) => c !== item.structure)];
    const names = ids.map((id) => {
      const s = structures.find((x) => x.id === id);
      return s ? displayName(s) : id;
    });
    return seededShuffle(names, mulberry32(item.id));
  }, [item, structures]);
  if (item.mode === "pick") {
    return (
      <fieldset className="mt-2 space-y-1" disabled={disabled}>
        <legend className="text-sm text-slate-300">Which structure is highlighted?</legend>
        {choices.map((n) => (
          <label
            key={n}
            className="flex cursor-pointer items-center gap-2 rounded border border-slate-700 p-2"
          >
            <input
              type="radio"
              name={`name-${item.id}`}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            {n}
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <form
      className="mt-2 flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label className="sr-only" htmlFor={`name-${item.id}`}>
        Structure name
      </label>
      <input
        id={`name-${item.id}`}
        data-testid="quiz-name-input"
        className="w-full rounded border border-slate-600 bg-slate-900 px-2 py-1"
        autoComplete="off"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Type the structure's name"
      />
    </form>
  );
}
