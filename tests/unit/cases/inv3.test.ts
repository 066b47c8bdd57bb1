import { describe, expect, it } from "vitest";
import { gzipSync } from "fflate";
import { INV3_DIRECTION, readInv3 } from "@/lib/io/inv3";
import { parsePlist } from "@/lib/io/plist";
import { readTar } from "@/lib/io/tar";
import { makeTar } from "./tar-fixture";

const enc = new TextEncoder();
const plist = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple Computer//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n${body}\n</plist>\n`;

// 2 slices × 3 rows × 4 columns, value = 100·k + 10·j + i (HU), spacing (col, row, slice) 0.5, 0.5, 2.
const [NZ, NY, NX] = [2, 3, 4];
const matrix = new Int16Array(NX * NY * NZ);
for (let k = 0; k < NZ; k++)
  for (let j = 0; j < NY; j++)
    for (let i = 0; i < NX; i++) matrix[i + NX * (j + NY * k)] = 100 * k + 10 * j + i;
// Mask: shape + 1 per axis; inside (255) where value ≥ 112; InVesalius' extra first row/column/slice holds 1s.
const mask = new Uint8Array((NX + 1) * (NY + 1) * (NZ + 1)).fill(1);
for (let k = 0; k < NZ; k++)
  for (let j = 0; j < NY; j++)
    for (let i = 0; i < NX; i++)
      mask[i + 1 + (NX + 1) * (j + 1 + (NY + 1) * (k + 1))] = 100 * k + 10 * j + i >= 112 ? 255 : 0;

const mainPlist = plist(`<dict>
  <key>masks</key><dict><key>0</key><string>mask_0.plist</string></dict>
  <key>matrix</key><dict><key>dtype</key><string>int16</string><key>filename</key><string>matrix.dat</string>
    <key>shape</key><array><integer>2</integer><integer>3</integer><integer>4</integer></array></dict>
  <key>modality</key><string>CT</string>
  <key>spacing</key><array><real>0.5</real><real>0.5</real><real>2.0</real></array>
  <key>window_level</key><real>-18.0</real><key>window_width</key><real>406.0</real>
</dict>`);
const maskPlist =
  plist(`<dict><key>colour</key><array><real>0.33</real><integer>1</integer><real>0.33</real></array>
  <key>index</key><integer>0</integer><key>mask_file</key><string>mask_0.dat</string>
  <key>mask_shape</key><array><integer>3</integer><integer>4</integer><integer>5</integer></array>
  <key>name</key><string>M&#225;scara &amp; 1</string>
  <key>threshold_range</key><array><integer>112</integer><integer>3071</integer></array><key>visible</key><true/></dict>`);

function project(over: Partial<Record<string, Uint8Array>> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "tmpx/main.plist": enc.encode(mainPlist),
    "tmpx/matrix.dat": new Uint8Array(matrix.buffer),
    "tmpx/mask_0.plist": enc.encode(maskPlist),
    "tmpx/mask_0.dat": mask,
    ...over,
  };
  return gzipSync(
    makeTar(
      Object.entries(files)
        .filter(([, d]) => d)
        .map(([name, data]) => ({ name, data: data! })),
    ),
  );
}

describe("readInv3", () => {
  it("reads the volume column-fastest with the documented orientation and a centred origin", () => {
    const r = readInv3(project(), "t.inv3");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { grid, data, modality, windowLevel, windowWidth } = r.value;
    expect(grid.dims).toEqual([4, 3, 2]);
    expect(grid.spacing).toEqual([0.5, 0.5, 2]);
    expect(grid.direction).toEqual(INV3_DIRECTION);
    // centre voxel (1.5, 1, 0.5) at world 0: origin x = −1.5·0.5, y = +1·0.5 (rows run to −y), z = −0.5·2
    expect(grid.origin).toEqual([-0.75, 0.5, -1]);
    expect(data[3 + 4 * (2 + 3 * 1)]).toBe(123); // i 3, j 2, k 1
    expect([modality, windowLevel, windowWidth]).toEqual(["CT", -18, 406]);
  });

  it("drops the mask's extra first slice/row/column and keeps 255 as inside", () => {
    const r = readInv3(project(), "t.inv3");
    if (!r.ok) throw new Error("unexpected");
    const m = r.value.masks[0];
    expect(m.thresholdRange).toEqual([112, 3071]);
    expect(m.name).toBe("Máscara & 1");
    const expected = Array.from(matrix, (v) => (v >= 112 ? 1 : 0));
    expect(Array.from(m.data)).toEqual(expected);
  });

  it("refuses a project whose matrix has the wrong size, naming the member", () => {
    const r = readInv3(project({ "tmpx/matrix.dat": new Uint8Array(10) }), "bad.inv3");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ file: "bad.inv3", field: "matrix.dat" });
  });

  it("refuses bytes that are not a tar archive", () => {
    const r = readInv3(gzipSync(enc.encode("hello, not a tar".repeat(64))), "x.inv3");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].message).toContain("not a tar archive");
  });
});

describe("parsePlist / readTar", () => {
  it("parses nested dicts, arrays, numbers, booleans and entities", () => {
    const r = parsePlist(
      plist(
        "<dict><key>a</key><array><integer>1</integer><real>2.5</real><false/></array><key>b</key><string>x &lt; y</string><key>c</key><dict/></dict>",
      ),
      "p",
    );
    expect(r).toEqual({ ok: true, value: { a: [1, 2.5, false], b: "x < y", c: {} } });
  });

  it("refuses text that is not a plist", () => {
    expect(parsePlist("<html></html>", "p").ok).toBe(false);
  });

  it("lists regular files with their bytes", () => {
    const r = readTar(makeTar([{ name: "d/a.txt", data: enc.encode("hi") }]), "t.tar");
    expect(r.ok && r.value.map((e) => [e.name, new TextDecoder().decode(e.data)])).toEqual([
      ["d/a.txt", "hi"],
    ]);
  });
});
