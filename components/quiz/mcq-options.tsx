"use client";
/** Multiple-choice options: radios (one correct) or checkboxes (several), keyboard-native inputs. */
import { useMemo } from "react";
import type { McqItem } from "@/lib/quiz/item-schema";
import { mulberry32, seededShuffle } from "@/lib/quiz/seeded-random";

interface Props {
  item: McqItem;
  selected: number[];
  onChange: (selected: number[]) => void;
  /** After grading or "show answer": mark correct options and show per-option explanations. */
  revealed: boolean;
  disabled: boolean;
}

export function McqOptions({ item, selected, onChange, revealed, disabled }: Props) {
  const multiple = item.options.filter((o) => o.correct).length > 1;
  const order = useMemo(
    () =>
      item.shuffle
        ? seededShuffle(
            item.options.map((_, i) => i),
            mulberry32(item.id),
          )
        : item.options.map((_, i) => i),
    [item],
  );
  const toggle = (i: number) =>
    onChange(
      multiple ? (selected.includes(i) ? selected.filter((x) => x !== i) : [...selected, i]) : [i],
    );
  return (
    <fieldset className="mt-2 space-y-1" disabled={disabled}>
      <legend className="sr-only">
        {multiple ? "Select all that apply" : "Select one answer"}
      </legend>
      {multiple && <p className="text-xs text-slate-400">Select all that apply.</p>}
      {order.map((i) => {
        const o = item.options[i];
        const mark = revealed
          ? o.correct
            ? "border-emerald-500"
            : selected.includes(i)
              ? "border-rose-500"
              : "border-slate-700"
          : "border-slate-700";
        return (
          <label
            key={i}
            className={`flex cursor-pointer items-start gap-2 rounded border p-2 ${mark}`}
            data-testid="quiz-option"
          >
            <input
              type={multiple ? "checkbox" : "radio"}
              name={`mcq-${item.id}`}
              checked={selected.includes(i)}
              onChange={() => toggle(i)}
              className="mt-1"
            />
            <span>
              {o.text}
              {revealed && o.correct && (
                <span className="ml-2 text-xs text-emerald-300">(correct)</span>
              )}
              {revealed && o.explanation && (selected.includes(i) || o.correct) && (
                <span className="block text-xs text-slate-300">{o.explanation}</span>
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
