"use client";
/**
 * The studio's "New case" form: image and annotation files plus the provenance, licence and
 * annotator fields `npm run case:import` requires (the inputs are named after its flags). Shows the
 * import's messages next to the field they are about; nothing is written unless every check passes.
 */
import { useState } from "react";
import { annotatorKindSchema, bodyRegionSchema, modalitySchema } from "@/lib/domain/model";

interface FieldError {
  field: string;
  message: string;
}

const TEXT: { name: string; label: string; help: string; required?: boolean }[] = [
  {
    name: "id",
    label: "Case id",
    help: "Folder name: lower-case words joined by hyphens, e.g. hc18-000.",
    required: true,
  },
  { name: "title", label: "Title", help: "Shown on the case page.", required: true },
  {
    name: "description",
    label: "Description",
    help: "What the image shows, in one or two sentences.",
  },
  {
    name: "pixel-spacing",
    label: "Pixel size (mm, ROW,COL)",
    help: "PNG/JPEG only: the size of one pixel, e.g. 0.1,0.1. Leave empty when unknown (1 pixel = 1 mm, no spacing claimed).",
  },
  {
    name: "source",
    label: "Source (provenance)",
    help: "Where the files come from: data set, record, file names.",
    required: true,
  },
  { name: "source-url", label: "Source URL", help: "A link to the source (https://…)." },
  { name: "citation", label: "Citation", help: "The paper or data set to cite." },
  {
    name: "derivation",
    label: "Derivation",
    help: "What was done to the files (conversion, cropping…).",
  },
  {
    name: "license",
    label: "Licence (SPDX id)",
    help: "e.g. CC-BY-4.0; the case is refused without one.",
    required: true,
  },
  { name: "license-url", label: "Licence URL", help: "Link to the licence text." },
  { name: "attribution", label: "Attribution", help: "The credit line the licence asks for." },
  {
    name: "deidentification",
    label: "De-identification",
    help: "How the images were de-identified, or why they need not be.",
    required: true,
  },
];

const SET: { name: string; label: string; help: string }[] = [
  {
    name: "structure-name",
    label: "Structure name (mask label 1)",
    help: "What the mask's foreground is, e.g. Fetal head.",
  },
  { name: "set-id", label: "Annotation set id", help: "e.g. sonographer." },
  {
    name: "annotator-name",
    label: "Annotator name",
    help: "Who drew the annotation (as the source names them).",
  },
  {
    name: "annotator-role",
    label: "Annotator role",
    help: "Role or credentials as the source states them.",
  },
  { name: "annotator-method", label: "Method", help: "How the annotation was made." },
];

const MODALITIES = modalitySchema.options;
const REGIONS = bodyRegionSchema.options;
const KINDS = annotatorKindSchema.options;

function Field({
  name,
  label,
  help,
  required,
  errors,
}: {
  name: string;
  label: string;
  help: string;
  required?: boolean;
  errors: FieldError[];
}) {
  const mine = errors.filter((e) => e.field === name);
  return (
    <label className="block text-sm">
      <span className="font-medium">
        {label}
        {required ? " *" : ""}
      </span>
      <input
        name={name}
        aria-describedby={`${name}-help`}
        className="mt-1 w-full rounded border border-slate-700 bg-slate-900 px-2 py-1"
      />
      <span id={`${name}-help`} className="block text-xs text-slate-400">
        {help}
      </span>
      {mine.map((e) => (
        <span
          key={e.message}
          role="alert"
          data-field-error={name}
          className="block text-xs text-red-300"
        >
          {e.message}
        </span>
      ))}
    </label>
  );
}

/** The form; on success it links to the new case. */
export function NewCaseForm() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState<{ id: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setDone(null);
    const res = await fetch("/studio/api/cases", {
      method: "POST",
      body: new FormData(e.currentTarget),
    });
    const body = (await res.json()) as {
      ok: boolean;
      id?: string;
      message?: string;
      errors?: FieldError[];
      error?: string;
    };
    setBusy(false);
    if (body.ok && body.id) {
      setErrors([]);
      setDone({ id: body.id, message: body.message ?? "" });
    } else setErrors(body.errors ?? [{ field: "", message: body.error ?? `HTTP ${res.status}` }]);
  }
  const general = errors.filter(
    (e) =>
      ![
        "image",
        "annotations",
        ...TEXT.map((t) => t.name),
        ...SET.map((t) => t.name),
        "modality",
        "region",
        "annotator-kind",
      ].includes(e.field),
  );
  return (
    <form onSubmit={submit} aria-label="New case" className="space-y-3">
      <Field {...TEXT[0]} errors={errors} />
      <label className="block text-sm">
        <span className="font-medium">Image *</span>
        <input type="file" name="image" multiple aria-label="Image files" className="mt-1 block" />
        <span className="block text-xs text-slate-400">
          A PNG/JPEG, a NIfTI (.nii, .nii.gz), an NRRD, or every file of a DICOM series.
        </span>
        {errors
          .filter((e) => e.field === "image")
          .map((e) => (
            <span
              key={e.message}
              role="alert"
              data-field-error="image"
              className="block text-xs text-red-300"
            >
              {e.message}
            </span>
          ))}
      </label>
      <label className="block text-sm">
        <span className="font-medium">Annotation file</span>
        <input type="file" name="annotations" aria-label="Annotation file" className="mt-1 block" />
        <span className="block text-xs text-slate-400">
          A mask PNG, NIfTI labelmap, DICOM SEG / RTSTRUCT / SR, NRRD, COCO or annotation JSON on
          the image&apos;s grid.
        </span>
        {errors
          .filter((e) => e.field === "annotations")
          .map((e) => (
            <span
              key={e.message}
              role="alert"
              data-field-error="annotations"
              className="block text-xs text-red-300"
            >
              {e.message}
            </span>
          ))}
      </label>
      {TEXT.slice(1).map((t) => (
        <Field key={t.name} {...t} errors={errors} />
      ))}
      <label className="block text-sm">
        <span className="font-medium">Modality *</span>
        <select name="modality" className="ml-2 rounded bg-slate-900">
          {MODALITIES.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="font-medium">Body region *</span>
        <select name="region" className="ml-2 rounded bg-slate-900">
          {REGIONS.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <fieldset className="rounded border border-slate-800 p-3">
        <legend className="text-sm font-semibold">
          Who annotated (required with an annotation file)
        </legend>
        {SET.map((t) => (
          <Field key={t.name} {...t} errors={errors} />
        ))}
        <label className="block text-sm">
          <span className="font-medium">Annotator kind</span>
          <select name="annotator-kind" className="ml-2 rounded bg-slate-900">
            {KINDS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          <span className="block text-xs text-slate-400">
            Never &quot;expert-atlas&quot; unless the source says the annotation is an expert atlas.
          </span>
        </label>
      </fieldset>
      <label className="block text-sm">
        <input type="checkbox" name="pixels-reviewed" /> I checked the DICOM pixels for burned-in
        identifying text
      </label>
      {general.map((e) => (
        <p key={e.message} role="alert" data-field-error="form" className="text-sm text-red-300">
          {e.message}
        </p>
      ))}
      <button type="submit" disabled={busy} className="rounded bg-sky-700 px-3 py-1">
        {busy ? "Importing…" : "Create case"}
      </button>
      {done && (
        <p role="status" className="text-sm text-emerald-300">
          {done.message} —{" "}
          <a href={`/studio/cases/${done.id}`} className="underline">
            open {done.id}
          </a>
        </p>
      )}
    </form>
  );
}
