/**
 * The pieces under the gate and the batch: the folder walk (hidden files, links once, loops,
 * broken links, FIFOs that would block a read), content sniffing (DICOM without preamble in
 * either byte order), the bounded gzip prefix, and malformed TIFF directories.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gunzipSync, gzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { walkTree } from "@/lib/deid/walk-tree";
import { gunzipPrefix } from "@/lib/privacy/nifti-findings";
import { sniffKind } from "@/lib/privacy/sniff";
import { tiffFindings } from "@/lib/privacy/tiff-findings";
import { tmp, removeTmp } from "./run-cli";

describe("walkTree", () => {
  it("lists hidden files, follows links once, reports broken links and FIFOs, ends on loops", () => {
    const root = tmp("walk");
    fs.mkdirSync(path.join(root, ".hidden"));
    fs.writeFileSync(path.join(root, ".hidden", "a.dcm"), "x");
    fs.writeFileSync(path.join(root, "b"), "y");
    fs.symlinkSync(path.join(root, "b"), path.join(root, "c-link"));
    fs.symlinkSync(root, path.join(root, "d-loop"));
    fs.symlinkSync(path.join(root, "missing"), path.join(root, "e-broken"));
    execFileSync("mkfifo", [path.join(root, "f-fifo")]);
    const r = walkTree(root);
    expect(r.files.map((f) => f.rel)).toEqual([".hidden/a.dcm", "b"]);
    expect(r.problems).toEqual([
      { rel: "e-broken", message: "broken symbolic link (target missing: ENOENT)" },
      { rel: "f-fifo", message: "not a regular file (FIFO, socket or device)" },
    ]);
  });
});

describe("sniffKind", () => {
  const el = (le: boolean) => {
    const b = new Uint8Array(16);
    const v = new DataView(b.buffer);
    v.setUint16(0, 0x0008, le);
    v.setUint16(2, 0x0016, le);
    b.set([0x55, 0x49], 4); // "UI"
    v.setUint16(6, 2, le);
    return b;
  };
  it("recognises a bare data set in either byte order, whatever the name", () => {
    expect(sniffKind("slice", el(true), 16)).toBe("dicom");
    expect(sniffKind("IMG0001", el(false), 16)).toBe("dicom");
    expect(sniffKind("notes.txt", new TextEncoder().encode("hello world, 12"), 15)).toBe("other");
  });
  it("recognises a de-identification report by its content", () => {
    const json = new TextEncoder().encode('{"profile": "x", "dateShiftDays": 12, "entries": []}');
    expect(sniffKind("summary.json", json, json.length)).toBe("deid-report");
  });
});

describe("gunzipPrefix", () => {
  it("returns exactly the first bytes of the decompressed data", () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const gz = gzipSync(data);
    expect(gunzipPrefix(gz, 1024)).toEqual(gunzipSync(gz).subarray(0, 1024));
    expect(gunzipPrefix(gz, 1024)).toHaveLength(1024);
  });
});

describe("tiffFindings on malformed directories", () => {
  it("ends on an IFD that points to itself and throws (one line) on an offset past the end", () => {
    const b = new Uint8Array(64);
    const v = new DataView(b.buffer);
    b.set([0x49, 0x49, 42, 0]);
    v.setUint32(4, 8, true); // first IFD at 8
    v.setUint16(8, 0, true); // no entries
    v.setUint32(10, 8, true); // next IFD: itself
    expect(tiffFindings(b, "loop.tif")).toEqual([]);
    v.setUint32(4, 1_000_000, true);
    expect(() => tiffFindings(b, "bad.tif")).toThrow(/TIFF offset 1000000 past the end of file/);
  });
});

afterAll(removeTmp);
