/** SOURCE.md and LICENSE texts of a case, written from the command-line provenance. */
import type { CaseManifest } from "../../lib/domain/model";

/** Markdown provenance: source, licence, derivation, annotators and the notes of every import. */
export function sourceMarkdown(m: CaseManifest, notes: string[], command: string): string {
  const lines = [`# ${m.title} — source and licence`, "", `**Source:** ${m.provenance.source}`];
  if (m.provenance.url) lines.push(`**URL:** ${m.provenance.url}`);
  if (m.provenance.citation) lines.push(`**Citation:** ${m.provenance.citation}`);
  lines.push("", `**Licence:** ${m.license.name}${m.license.url ? ` (${m.license.url})` : ""}`);
  if (m.license.attribution) lines.push("", `**Attribution:** ${m.license.attribution}`);
  if (m.imageNature) lines.push("", `**What the image is:** ${m.imageNature}`);
  lines.push("", `**De-identification:** ${m.deidentification}`);
  if (m.provenance.derivation) lines.push("", "## Derivation", "", m.provenance.derivation);
  if (m.annotators.length) {
    lines.push("", "## Annotators", "");
    for (const a of m.annotators) {
      lines.push(
        `- **${a.name}** (${a.kind}; ${a.role})${a.citation ? ` — ${a.citation}` : ""}${a.method ? `. Method: ${a.method}` : ""}`,
      );
    }
  }
  if (notes.length) lines.push("", "## Conversion notes", "", ...notes.map((n) => `- ${n}`));
  lines.push("", "## Regenerate", "", "```sh", command, "```", "");
  return lines.join("\n");
}

/** LICENSE text when no licence file is given: name, URL and attribution. */
export function licenseText(m: CaseManifest): string {
  return [
    `Licence of the images and annotations of case "${m.id}": ${m.license.name}`,
    m.license.url ? `Full text: ${m.license.url}` : "",
    m.license.attribution
      ? `\nAttribution (must be shown with the case):\n${m.license.attribution}`
      : "",
    `\nSource: ${m.provenance.source}`,
    "",
  ]
    .filter((l) => l !== "")
    .join("\n");
}
