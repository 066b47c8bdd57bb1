import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gzipSync } from "fflate";
import {
  gridFromRasAffine,
  matrixToQuaternion,
  quaternionToMatrix,
  rasAffineFromGrid,
  readNifti,
  writeNifti,
  type NiftiVolume,
} from "@/lib/io/nifti";
import type { GridSpec } from "@/lib/domain/model";

const dir = path.resolve(__dirname, "../../fixtures/golden/nifti");
const shared = path.resolve(__dirname, "../../../../shared/fixtures/external");

interface Expected {
  shape: number[];
  datatype: string;
  values: number[];
  affine_ras: number[];
  zooms_mm: number[];
  descrip: string;
  aux_file: string;
  sform_code: number;
  qform_code: number;
  big_endian: boolean;
}
const expected: Record<string, Expected> = JSON.parse(
  fs.readFileSync(path.join(dir, "expected.json"), "utf8"),
);

function read(file: string): NiftiVolume {
  const r = readNifti(new Uint8Array(fs.readFileSync(file)), file);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe("readNifti against nibabel-written fixtures", () => {
  for (const [name, e] of Object.entries(expected)) {
    it(name, () => {
      const v = read(path.join(dir, name));
      const dims = [...e.shape, 1, 1].slice(0, 3);
      expect(v.grid.dims).toEqual(dims);
      expect(v.frames).toBe(e.shape.slice(3).reduce((a, b) => a * b, 1));
      expect(v.datatype).toBe(e.datatype);
      expect(v.header.littleEndian).toBe(!e.big_endian);
      expect(v.header.sformCode).toBe(e.sform_code);
      expect(v.header.qformCode).toBe(e.qform_code);
      expect(v.description).toBe(e.descrip);
      expect(v.auxFile).toBe(e.aux_file);
      expect(v.data.length).toBe(e.values.length);
      for (let i = 0; i < e.values.length; i++) {
        const tol = Math.max(1e-6, Math.abs(e.values[i]) * 1e-7);
        expect(Math.abs(v.data[i] - e.values[i])).toBeLessThanOrEqual(tol);
      }
      for (let i = 0; i < 16; i++) expect(v.header.affineRas[i]).toBeCloseTo(e.affine_ras[i], 4);
      for (let c = 0; c < 3; c++) expect(v.header.zoomsMm[c]).toBeCloseTo(e.zooms_mm[c], 5);
      // LPS grid = RAS affine with x and y rows negated.
      const back = rasAffineFromGrid(v.grid);
      for (let i = 0; i < 16; i++) expect(back[i]).toBeCloseTo(e.affine_ras[i], 4);
    });
  }

  it("applies scl_slope / scl_inter (int16 → Float32Array)", () => {
    const v = read(path.join(dir, "int16-scaled.nii.gz"));
    expect(v.scaled).toBe(true);
    expect(v.data).toBeInstanceOf(Float32Array);
    expect(v.header.sclSlope).toBe(0.5);
  });

  it("keeps stored types when not scaled", () => {
    expect(read(path.join(dir, "uint8.nii.gz")).data).toBeInstanceOf(Uint8Array);
    expect(read(path.join(dir, "int16-bigendian.nii.gz")).data).toBeInstanceOf(Int16Array);
    expect(read(path.join(dir, "float64-bigendian.nii")).data).toBeInstanceOf(Float64Array);
  });

  it("uses the sform, the qform, or pixdim as documented", () => {
    expect(read(path.join(dir, "int16.nii.gz")).header.transform).toBe("sform");
    expect(read(path.join(dir, "qform-only.nii.gz")).header.transform).toBe("qform");
    expect(read(path.join(dir, "no-xform.nii.gz")).header.transform).toBe("pixdim");
  });
});

describe("readNifti errors", () => {
  it("rejects garbage, truncation, gzip corruption and NIfTI-2 with a message naming the file", () => {
    const bad = (bytes: Uint8Array) => {
      const r = readNifti(bytes, "x.nii");
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0].file).toBe("x.nii");
        return r.issues[0].message;
      }
      return "";
    };
    expect(bad(new Uint8Array(10))).toMatch(/too short/);
    expect(bad(new Uint8Array(400))).toMatch(/not a NIfTI-1/);
    const good = new Uint8Array(fs.readFileSync(path.join(dir, "float32-plain.nii")));
    expect(bad(good.slice(0, 400))).toMatch(/truncated/);
    const gz = gzipSync(good);
    expect(bad(gz.slice(0, 30))).toMatch(/gzip|truncated|short/);
    const n2 = new Uint8Array(600);
    new DataView(n2.buffer).setInt32(0, 540, true);
    expect(bad(n2)).toMatch(/NIfTI-2/);
    const dt = good.slice();
    new DataView(dt.buffer).setInt16(70, 32, true);
    expect(bad(dt)).toMatch(/complex64/);
  });
});

describe("writeNifti", () => {
  const oblique: GridSpec = (() => {
    const v = read(path.join(dir, "int16.nii.gz"));
    return v.grid;
  })();

  for (const gz of [false, true]) {
    it(`round-trips every datatype and an oblique grid (gzip=${gz})`, () => {
      const n = oblique.dims[0] * oblique.dims[1] * oblique.dims[2];
      const arrays = [
        Uint8Array.from({ length: n }, (_, i) => (i * 7) % 256),
        Int8Array.from({ length: n }, (_, i) => ((i * 7) % 256) - 128),
        Int16Array.from({ length: n }, (_, i) => i * 113 - 3000),
        Uint16Array.from({ length: n }, (_, i) => i * 1013),
        Int32Array.from({ length: n }, (_, i) => i * 1e6 - 3e7),
        Uint32Array.from({ length: n }, (_, i) => i * 7e7),
        Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 100),
        Float64Array.from({ length: n }, (_, i) => Math.cos(i) * 1e-3),
      ];
      for (const data of arrays) {
        const bytes = writeNifti({ grid: oblique, data }, { gzip: gz, description: "round trip" });
        const v = read2(bytes);
        expect(v.data).toEqual(data);
        expect(v.description).toBe("round trip");
        expect(v.grid.dims).toEqual(oblique.dims);
        for (let i = 0; i < 3; i++) {
          expect(v.grid.spacing[i]).toBeCloseTo(oblique.spacing[i], 5);
          expect(v.grid.origin[i]).toBeCloseTo(oblique.origin[i], 4);
        }
        for (let i = 0; i < 9; i++)
          expect(v.grid.direction[i]).toBeCloseTo(oblique.direction[i], 5);
      }
    });
  }

  it("writes a qform consistent with the sform (also for left-handed grids)", () => {
    const grid: GridSpec = {
      dims: [4, 3, 2],
      spacing: [0.5, 0.7, 2],
      origin: [10, -20, 30],
      // LPS identity: in RAS this is diag(-1,-1,1), a proper rotation; flip k to make it left-handed.
      direction: [1, 0, 0, 0, 1, 0, 0, 0, -1],
    };
    const bytes = writeNifti({ grid, data: new Uint8Array(24) }, { gzip: false });
    const s = read2(bytes);
    // Force the qform path by clearing sform_code.
    const q = bytes.slice();
    new DataView(q.buffer).setInt16(254, 0, true);
    const r = read2(q);
    expect(r.header.transform).toBe("qform");
    for (let i = 0; i < 16; i++)
      expect(r.header.affineRas[i]).toBeCloseTo(s.header.affineRas[i], 5);
    expect(r.header.pixdim[0]).toBe(-1);
  });

  it("writes a 2D grid as dims n × m × 1", () => {
    const grid: GridSpec = {
      dims: [3, 2, 1],
      spacing: [0.2, 0.3, 1],
      origin: [0, 0, 0],
      direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    const v = read2(writeNifti({ grid, data: new Uint8Array([0, 1, 2, 3, 4, 5]) }, { gzip: true }));
    expect(v.grid.dims).toEqual([3, 2, 1]);
    expect(Array.from(v.data)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("refuses data of the wrong length", () => {
    expect(() => writeNifti({ grid: oblique, data: new Uint8Array(3) }, { gzip: false })).toThrow(
      /needs/,
    );
  });
});

describe("quaternions and affines", () => {
  it("matrixToQuaternion inverts quaternionToMatrix", () => {
    for (const [b, c, d] of [
      [0.1, 0.2, 0.3],
      [0.9, 0.1, -0.2],
      [0, 0, 1],
      [0.5, -0.5, 0.5],
    ]) {
      const m = quaternionToMatrix(b, c, d);
      const q = matrixToQuaternion(m);
      const m2 = quaternionToMatrix(q.b, q.c, q.d);
      for (let i = 0; i < 9; i++) expect(m2[i]).toBeCloseTo(m[i], 6);
      expect(q.qfac).toBe(1);
    }
  });

  it("gridFromRasAffine negates x and y", () => {
    const g = gridFromRasAffine([2, 0, 0, 5, 0, 3, 0, 6, 0, 0, 4, 7, 0, 0, 0, 1], [2, 2, 2]);
    expect(g.spacing).toEqual([2, 3, 4]);
    expect(g.origin).toEqual([-5, -6, 7]);
    expect(g.direction).toEqual([-1, 0, 0, 0, -1, 0, 0, 0, 1]);
  });
});

function read2(bytes: Uint8Array): NiftiVolume {
  const r = readNifti(bytes, "mem.nii");
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe.runIf(fs.existsSync(shared))("external NIfTI files in ../shared", () => {
  it.runIf(fs.existsSync(path.join(shared, "totalseg-ct")))(
    "TotalSegmentator CT + labelmap",
    () => {
      const ct = read(path.join(shared, "totalseg-ct/example_ct_sm.nii.gz"));
      const seg = read(path.join(shared, "totalseg-ct/example_seg.nii.gz"));
      expect(ct.grid.dims).toEqual([122, 101, 30]);
      expect(ct.datatype).toBe("int16");
      expect(ct.grid.spacing).toEqual([3, 3, 3]);
      expect(seg.datatype).toBe("uint8");
      expect(seg.grid).toEqual(ct.grid);
      // nibabel: affine translation (RAS) = (-177.956, 11.319, 94.302) → LPS origin negates x, y.
      expect(seg.grid.origin[0]).toBeCloseTo(177.95632935, 4);
      expect(seg.grid.origin[1]).toBeCloseTo(-11.31900024, 4);
      expect(seg.grid.origin[2]).toBeCloseTo(94.30175781, 4);
      const labels = new Set(seg.data);
      expect(labels.size).toBe(42); // 41 labels + background
      expect(Math.max(...labels)).toBe(117);
    },
  );

  it.runIf(fs.existsSync(path.join(shared, "niivue-cit168-atlas")))(
    "CIT168 template (uint8) and RGBA atlas",
    () => {
      const t = read(
        path.join(shared, "niivue-cit168-atlas/CIT168_CIT168toMNI152-2009c_T1w_brain.nii.gz"),
      );
      expect(t.grid.dims).toEqual([165, 198, 168]);
      expect(t.description).toBe("ICBM 2009c Nonlinear Asymmetric");
      expect(t.grid.origin).toEqual([81, 117, -78]);
      const a = read(path.join(shared, "niivue-cit168-atlas/CIT168_CIT168.nii.gz"));
      expect(a.datatype).toBe("rgba32");
      expect(a.components).toBe(4);
      expect(a.data.length).toBe(79 * 69 * 54 * 4);
    },
  );
});

describe("gzip members", () => {
  it("reads a .nii.gz made of several concatenated gzip members", () => {
    const plain = new Uint8Array(fs.readFileSync(path.join(dir, "float32-plain.nii")));
    const a = gzipSync(plain.subarray(0, 200));
    const b = gzipSync(plain.subarray(200));
    const both = new Uint8Array(a.length + b.length);
    both.set(a);
    both.set(b, a.length);
    const v = read2(both);
    expect(v.data).toEqual(read(path.join(dir, "float32-plain.nii")).data);
  });
});
