/**
 * `npm run deid` leaks (issue 15, HIGH 4): the File Meta group copied through (AE titles, a
 * presentation address, Private Information holding the name and MRN), an unknown attribute
 * stored as UN that holds a whole sequence with PatientName/PatientID/a UID, a file without SOP
 * Instance UID keeping its original Media Storage SOP Instance UID, and person names outside a
 * fixed list. Inputs are written by pydicom (make_hostile_files.py); outputs are checked by
 * their bytes, by pydicom, by the independent verifier and by the privacy gate.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HAS_PY, PY, REPO, filesUnder, makeHostile, runCli, tmp, removeTmp } from "./run-cli";

/** Made-up identity planted by the generator, and the prefix of every original UID. */
const PLANTED = [
  "Doe^Jane",
  "MRN-778899",
  "JDOE_WS",
  "example-hospital",
  "HOSP_PACS",
  "1.2.826.0.1.3680043.2.1125.777.",
];

interface MetaView {
  file: string;
  meta: string[];
  media: string;
  sop: string;
  impl: string;
}

/** pydicom's view of each output's file meta. */
function metaOf(out: string): MetaView[] {
  const code = `import json,sys,pydicom,pathlib
r=[]
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.dcm")):
    d=pydicom.dcmread(p)
    r.append({"file":p.name,"meta":[e.keyword for e in d.file_meta],"media":str(d.file_meta.get("MediaStorageSOPInstanceUID","")),"sop":str(d.get("SOPInstanceUID","")),"impl":str(d.file_meta.get("ImplementationClassUID",""))})
print(json.dumps(r))`;
  return JSON.parse(spawnSync(PY, ["-c", code, out], { encoding: "utf8" }).stdout) as MetaView[];
}

function verify(inDir: string, out: string, report?: string) {
  const args = [path.join(REPO, "scripts/deid/verify_deid.py"), inDir, out];
  const r = spawnSync(PY, ["-W", "ignore", ...args, ...(report ? [report] : [])], {
    encoding: "utf8",
  });
  return { status: r.status, stderr: r.stderr };
}

describe.runIf(HAS_PY)("npm run deid: nothing identifying survives", () => {
  let root = "";
  let inDir = "";
  let out = "";
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    root = tmp("deid-leaks");
    inDir = path.join(root, "in");
    out = path.join(root, "out");
    makeHostile("deid", inDir);
    run = runCli("deid.ts", [inDir, out, "--salt", "leak-test"]);
  });

  it("de-identifies all four hostile files", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(filesUnder(out)).toHaveLength(4);
  });

  it("no planted value and no original UID is left anywhere in the output bytes", () => {
    for (const f of filesUnder(out)) {
      const bytes = fs.readFileSync(path.join(out, f)).toString("latin1");
      for (const planted of PLANTED) expect(bytes, `${f} holds ${planted}`).not.toContain(planted);
    }
  });

  it("rebuilds the file meta: only the six meta attributes, media UID = SOP Instance UID", () => {
    const metas = metaOf(out);
    expect(metas).toHaveLength(4);
    for (const m of metas) {
      expect(m.meta).toEqual([
        "FileMetaInformationGroupLength",
        "FileMetaInformationVersion",
        "MediaStorageSOPClassUID",
        "MediaStorageSOPInstanceUID",
        "TransferSyntaxUID",
        "ImplementationClassUID",
        "ImplementationVersionName",
      ]);
      expect(m.sop).toMatch(/^2\.25\.\d+$/); // the file without one got the mapped UID
      expect(m.media).toBe(m.sop);
      expect(m.impl).toBe("2.25.1804289383846930886");
    }
  });

  it("passes the pydicom verifier, which fails the same files left as they were", () => {
    const ok = verify(inDir, out);
    expect(ok.stderr).not.toMatch(/^FAIL/m);
    expect(ok.status).toBe(0);
    const report = path.join(root, "as-is.json");
    const entries = filesUnder(inDir).map((f) => ({ input: f, output: f }));
    fs.writeFileSync(report, JSON.stringify({ entries }));
    const bad = verify(inDir, inDir, report);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /meta-leak\.dcm: file meta \(0002, 0016\) SourceApplicationEntityTitle/,
    );
    expect(bad.stderr).toMatch(/meta-leak\.dcm: file meta \(0002, 0102\) PrivateInformation/);
    expect(bad.stderr).toMatch(/un-sequence\.dcm: unknown attribute \(0018, 9999\) kept as UN/);
    expect(bad.stderr).toMatch(/no-sop-instance\.dcm: Media Storage SOP Instance UID kept/);
    expect(bad.stderr).toMatch(
      /person-names\.dcm: person name \(0040, a075\) VerifyingObserverName/,
    );
    expect(bad.stderr).toMatch(/person-names\.dcm: person name \(0070, 0084\) ContentCreatorName/);
  });

  it("the output passes the privacy gate", () => {
    const gate = runCli("privacy-gate.ts", ["out"], root);
    expect(gate.stderr).toBe("");
    expect(gate.stdout).toMatch(/passed: scanned 4 DICOM/);
    expect(gate.status).toBe(0);
  });
});

afterAll(removeTmp);
