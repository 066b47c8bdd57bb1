/**
 * Item calibration report: for every quiz item (hand-written and generated at its seed), the score
 * of each probe, the pass mark and the margin — the same calibration `npm run content:check` runs.
 *
 *   npm run items:calibrate -- [--case ID] [--item ID] [--json] [--root DIR]
 *
 * --json prints one JSON array on one line (the last line of stdout). Exit 1 when an item fails its
 * calibration (or the content does not load), 2 on bad usage.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "../lib/content/check-content";
import { calibrateContent } from "../lib/content/calibrate-content";
import { formatIssues } from "../lib/domain/parse-result";
import { formatCalibration } from "../lib/quiz/calibration/format";

const USAGE = "usage: npm run items:calibrate -- [--case ID] [--item ID] [--json] [--root DIR]";

function main(): void {
  let args;
  try {
    args = parseArgs({
      options: {
        case: { type: "string" },
        item: { type: "string" },
        json: { type: "boolean", default: false },
        root: { type: "string" },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`items:calibrate: ${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const root = path.resolve(args.root ?? process.cwd());
  const content = checkContent({ root, calibrate: false });
  if (!content.cases.length) {
    process.stderr.write(
      `items:calibrate: no valid case under ${root}/content/cases\n${formatIssues(content.issues)}\n`,
    );
    process.exit(1);
  }
  const run = calibrateContent({
    root,
    cases: content.cases,
    lessons: content.lessons,
    caseId: args.case,
    itemId: args.item,
  });
  if (!run.items.length) {
    process.stderr.write(
      `items:calibrate: no item matches${args.case ? ` --case ${args.case}` : ""}${args.item ? ` --item ${args.item}` : ""}\n`,
    );
    process.exit(1);
  }
  if (args.json) {
    const out = run.items.map((i) => ({ ...i.calibration, source: i.source }));
    process.stdout.write(
      `${JSON.stringify(out, (_k, v: unknown) => (v === Infinity ? null : v))}\n`,
    );
  } else {
    for (const i of run.items)
      process.stdout.write(
        `${formatCalibration(i.calibration, `${i.source.file} ${i.source.field}`)}\n`,
      );
    const failed = run.items.filter((i) => i.calibration.problems.length).length;
    process.stdout.write(`${run.items.length} items calibrated, ${failed} failing.\n`);
  }
  process.exit(run.issues.length ? 1 : 0);
}

main();
