/**
 * `npm run deid` misuse (issue 15, HIGH 3 and MEDIUM 10): a flag without its value, a zero date
 * shift, a rerun into the same OUT_DIR, OUT_DIR inside IN_DIR, symbolic links, a bad
 * --safe-private file, the report's place, a DICOMDIR. Each refusal is one line naming the path
 * or flag and the problem, exit 1, and nothing written (no OUT_DIR, no report, no staging).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_PY, PY, TSX_LOADER, filesUnder, makeHostile, runCli, tmp, removeTmp } from "./run-cli";

const DICOMDIR = "/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/DICOMDIR";

/** An input folder with the generator's four DICOM files. */
function input(): { root: string; inDir: string } {
  const root = tmp("deid-cli");
  const inDir = path.join(root, "in");
  makeHostile("deid", inDir);
  return { root, inDir };
}

/** Exit 1, exactly one line holding `text`, and nothing written beside or into `out`. */
function refused(r: ReturnType<typeof runCli>, text: string | RegExp, out: string): void {
  expect(r.lines).toHaveLength(1);
  expect(r.lines[0]).toMatch(text);
  expect(r.status).toBe(1);
  expect(fs.existsSync(out) ? filesUnder(out) : []).toEqual([]);
  expect(fs.existsSync(`${out}.deid-report.json`)).toBe(false);
  const parent = path.dirname(out);
  expect(fs.readdirSync(parent).filter((f) => /\.(partial|old)-/.test(f))).toEqual([]);
}

/** pydicom's view of the dates and the de-identification record of every output file. */
function datesOf(out: string): { ltim: string; codes: string[]; studyDate: string }[] {
  const code = `import json,sys,pydicom,pathlib
print(json.dumps([{"ltim": d.get("LongitudinalTemporalInformationModified",""), "codes": [i.CodeValue for i in d.get("DeidentificationMethodCodeSequence",[])], "studyDate": d.get("StudyDate","")} for d in (pydicom.dcmread(p) for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.dcm")))]))`;
  return JSON.parse(spawnSync(PY, ["-c", code, out], { encoding: "utf8" }).stdout) as {
    ltim: string;
    codes: string[];
    studyDate: string;
  }[];
}

describe.runIf(HAS_PY)("npm run deid: options without their value", () => {
  let inDir = "";
  let out = "";
  beforeAll(() => {
    const made = input();
    inDir = made.inDir;
    out = path.join(made.root, "out");
  });
  it.each([
    [["--shift-days"], /^deid: --shift-days needs a value/],
    [["--shift-days", "--salt", "s"], /^deid: --shift-days needs a value/],
    [["--shift-days", ""], /^deid: --shift-days needs a value/],
    [["--salt"], /^deid: --salt needs a value/],
    [["--salt", ""], /^deid: --salt needs a value/],
    [["--salt", "--keep-dates"], /^deid: --salt needs a value/],
    [["--safe-private"], /^deid: --safe-private needs a value/],
    [["--report"], /^deid: --report needs a value/],
    [["--shift-days", "0"], /--shift-days 0 would keep the real dates.*--keep-dates/],
    [["--shift-days", "1.5"], /whole number of days, got "1.5"/],
    [["--shift-days", "7", "--keep-dates"], /exclude each other/],
    [["--shift"], /unknown option --shift/],
  ])("%j is refused in one line, nothing written", (args, message) => {
    refused(runCli("deid.ts", [inDir, out, ...args]), message, out);
  });

  it("an empty DEID_SALT is refused", () => {
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=512", "--import", TSX_LOADER, "scripts/deid.ts", inDir, out],
      { encoding: "utf8", timeout: 60_000, env: { ...process.env, DEID_SALT: "" } },
    );
    expect(r.stderr.trim()).toMatch(/^deid: DEID_SALT is set but empty/);
    expect(r.status).toBe(1);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe.runIf(HAS_PY)("npm run deid: dates kept only when asked, and said so", () => {
  it("--keep-dates keeps the real dates as UNMODIFIED with code 113106, never MODIFIED/113107", () => {
    const { inDir, root } = input();
    const out = path.join(root, "out");
    const r = runCli("deid.ts", [inDir, out, "--keep-dates", "--salt", "k"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/WARNING dates kept unchanged/);
    const files = datesOf(out);
    expect(files).toHaveLength(4);
    for (const f of files) {
      expect(f.ltim).toBe("UNMODIFIED");
      expect(f.codes).toContain("113106");
      expect(f.codes).not.toContain("113107");
      expect(f.studyDate).toBe("20200228"); // the generator's real date, kept as asked
    }
    const report = JSON.parse(fs.readFileSync(`${out}.deid-report.json`, "utf8")) as {
      dates: string;
      dateShiftDays: number;
    };
    expect(report).toMatchObject({ dates: "kept", dateShiftDays: 0 });
    const gate = runCli("privacy-gate.ts", ["out"], root);
    expect(gate.status).toBe(1); // real dates are not publishable
    expect(gate.stderr).toMatch(/\(0008,0020\): date "20200228" kept/);
  });

  it("--shift-days -10 moves the dates and says MODIFIED / 113107", () => {
    const { inDir, root } = input();
    const out = path.join(root, "out");
    expect(runCli("deid.ts", [inDir, out, "--shift-days", "-10", "--salt", "k"]).status).toBe(0);
    for (const f of datesOf(out)) {
      expect(f).toMatchObject({ ltim: "MODIFIED", studyDate: "20200218" });
      expect(f.codes).toContain("113107");
    }
  });
});

describe.runIf(HAS_PY)("npm run deid: where it writes", () => {
  it("refuses a rerun into a non-empty OUT_DIR; --overwrite replaces it without duplicates", () => {
    const { inDir, root } = input();
    const out = path.join(root, "out");
    expect(runCli("deid.ts", [inDir, out]).status).toBe(0);
    const first = filesUnder(out);
    expect(first).toHaveLength(4);
    const again = runCli("deid.ts", [inDir, out]);
    expect(again.lines).toEqual([expect.stringMatching(/out: not empty .*--overwrite/)]);
    expect(again.status).toBe(1);
    expect(filesUnder(out)).toEqual(first);
    const over = runCli("deid.ts", [inDir, out, "--overwrite"]);
    expect(over.status).toBe(0);
    expect(filesUnder(out)).toHaveLength(4); // a new random salt: new names, but no second copy
    expect(fs.readdirSync(root).sort()).toEqual(["in", "out", "out.deid-report.json"]);
  });

  it("--overwrite refuses a folder that is not an earlier deid output (it would be deleted)", () => {
    const { inDir, root } = input();
    const home = path.join(root, "home");
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(home, "thesis.docx"), "precious");
    const r = runCli("deid.ts", [inDir, home, "--overwrite"]);
    expect(r.lines).toEqual([
      expect.stringMatching(/home: holds thesis\.docx, which deid did not write/),
    ]);
    expect(r.status).toBe(1);
    expect(fs.readFileSync(path.join(home, "thesis.docx"), "utf8")).toBe("precious");
  });

  it("refuses OUT_DIR inside IN_DIR, and IN_DIR inside OUT_DIR", () => {
    const { inDir, root } = input();
    refused(
      runCli("deid.ts", [inDir, path.join(inDir, "out")]),
      /inside IN_DIR/,
      path.join(inDir, "out"),
    );
    expect(filesUnder(inDir)).toHaveLength(4);
    const r = runCli("deid.ts", [inDir, root]);
    expect(r.lines).toEqual([expect.stringMatching(/OUT_DIR contains IN_DIR/)]);
    expect(r.status).toBe(1);
  });

  it("writes the report beside OUT_DIR by default and refuses one inside OUT_DIR", () => {
    const { inDir, root } = input();
    const out = path.join(root, "out");
    const inside = runCli("deid.ts", [inDir, out, "--report", path.join(out, "r.json")]);
    refused(inside, /r\.json: the report .* write it outside OUT_DIR/, out);
    const r = runCli("deid.ts", [inDir, out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`report: ${out}.deid-report.json`);
    expect(filesUnder(out).filter((f) => f.endsWith(".json"))).toEqual([]);
  });

  it("a bad --safe-private file is one line naming it", () => {
    const { inDir, root } = input();
    const out = path.join(root, "out");
    const bad = path.join(root, "safe.json");
    fs.writeFileSync(bad, "{not json");
    refused(
      runCli("deid.ts", [inDir, out, "--safe-private", bad]),
      /safe\.json: not valid JSON/,
      out,
    );
    fs.writeFileSync(bad, JSON.stringify([{ creator: "ACME", group: "0010", element: "01" }]));
    refused(
      runCli("deid.ts", [inDir, out, "--safe-private", bad]),
      /safe\.json: entry 0 must be/,
      out,
    );
    const missing = path.join(root, "nope.json");
    refused(
      runCli("deid.ts", [inDir, out, "--safe-private", missing]),
      /nope\.json: cannot be read \(ENOENT\)/,
      out,
    );
  });
});

describe.runIf(HAS_PY)("npm run deid: links and DICOMDIR", () => {
  it("follows linked files and folders once, reports a broken link, skips a DICOMDIR with a note", () => {
    const { inDir, root } = input();
    const elsewhere = path.join(root, "elsewhere");
    fs.mkdirSync(elsewhere);
    fs.renameSync(path.join(inDir, "person-names.dcm"), path.join(elsewhere, "person-names.dcm"));
    fs.symlinkSync(path.join(elsewhere, "person-names.dcm"), path.join(inDir, "linked.dcm"));
    fs.symlinkSync(elsewhere, path.join(inDir, "linked-folder")); // same file a second way
    fs.symlinkSync(inDir, path.join(inDir, "loop"));
    fs.symlinkSync(path.join(root, "gone.dcm"), path.join(inDir, "broken.dcm"));
    if (fs.existsSync(DICOMDIR)) fs.copyFileSync(DICOMDIR, path.join(inDir, "DICOMDIR"));
    const out = path.join(root, "out");
    const r = runCli("deid.ts", [inDir, out]);
    expect(r.status).toBe(2); // the broken link is an error, listed
    expect(r.stderr).toMatch(/ERROR .*broken\.dcm: broken symbolic link/);
    expect(filesUnder(out)).toHaveLength(4); // the linked file once, not twice, not dropped
    const report = JSON.parse(fs.readFileSync(`${out}.deid-report.json`, "utf8")) as {
      entries: { input: string; output?: string; note?: string }[];
    };
    const written = report.entries.filter((e) => e.output).map((e) => e.input);
    expect(written).toHaveLength(4);
    expect(written.filter((f) => f.startsWith("linked"))).toHaveLength(1); // reached through a link
    if (fs.existsSync(DICOMDIR)) {
      expect(r.stderr).toMatch(/NOTE .*DICOMDIR: DICOMDIR skipped/);
      expect(r.stderr).not.toMatch(/ERROR .*DICOMDIR/);
    }
  });
});

afterAll(removeTmp);
