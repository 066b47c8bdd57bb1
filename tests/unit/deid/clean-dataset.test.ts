import { describe, expect, it } from "vitest";
import { deidentifyFile } from "@/lib/deid/deidentify";
import { UidMap } from "@/lib/deid/uid-map";
import type { DataSet } from "@/lib/deid/dicom/types";
import { findElement, textOf } from "@/lib/deid/dicom/values";
import { identifyingCt } from "./synthetic";

const txt = (ds: DataSet, tag: number) => {
  const el = findElement(ds, tag);
  return el ? textOf(el) : undefined;
};

describe("Basic Profile actions", () => {
  const run = (opts: { shift?: number; safe?: boolean } = {}) =>
    deidentifyFile(identifyingCt(), {
      uids: new UidMap("salt"),
      dateShiftDays: opts.shift,
      safePrivate: opts.safe ? [{ creator: "ACME 1.0", group: 0x0029, element: 0x01 }] : [],
    });

  it("applies Z, X and D and keeps attributes outside the table", () => {
    const { file, report } = run();
    const ds = file.dataset;
    expect(txt(ds, 0x00100010)).toBe(""); // Z: present, empty
    expect(txt(ds, 0x00100020)).toBe("");
    expect(txt(ds, 0x00080050)).toBe("");
    expect(findElement(ds, 0x00101010)).toBeUndefined(); // X
    expect(txt(ds, 0x00080080)).not.toContain("Hospital"); // X/Z/D -> dummy
    expect(txt(ds, 0x00081010)).not.toBe("CT-ROOM-2");
    expect(txt(ds, 0x00180050)).toBe("1.25"); // K
    expect(txt(ds, 0x00181200)).toBe(""); // a date outside the table: emptied (dates not shifted)
    expect(report.removed["(0010,1010) Patient's Age"]).toBe(1);
  });

  it("replaces UIDs consistently, inside sequences and in the file meta", () => {
    const { file } = run();
    const sop = txt(file.dataset, 0x00080018)!;
    expect(sop).toMatch(/^2\.25\.\d+$/);
    expect(txt(file.meta, 0x00020003)).toBe(sop);
    expect(txt(file.dataset, 0x00080016)).toBe("1.2.840.10008.5.1.4.1.1.2"); // SOP Class kept
    // The reference of one file equals the SOP Instance UID of the referenced file de-identified with the same map.
    const uids = new UidMap("k");
    const a = deidentifyFile(identifyingCt("1.2.3.4.100", "1.2.3.4.99"), { uids }).file;
    const b = deidentifyFile(identifyingCt("1.2.3.4.99", "1.2.3.4.98"), { uids }).file;
    const ref = findElement(a.dataset, 0x00081140)!.items![0]!;
    expect(txt(ref, 0x00081155)).toBe(txt(b.dataset, 0x00080018));
    expect(txt(ref, 0x00081150)).toBe("1.2.840.10008.5.1.4.1.1.2");
  });

  it("removes private tags at every depth unless on the safe list", () => {
    const plain = run();
    expect(plain.file.dataset.some((e) => (e.tag >>> 16) % 2 === 1)).toBe(false);
    expect(plain.report.privateRemoved).toBe(3);
    const safe = run({ safe: true });
    expect(txt(safe.file.dataset, 0x00291001)).toBe("secret");
    expect(txt(safe.file.dataset, 0x00290010)).toBe("ACME 1.0");
    expect(findElement(safe.file.dataset, 0x00291002)).toBeUndefined();
    const codes = findElement(safe.file.dataset, 0x00120064)!.items!.map((i) => txt(i, 0x00080100));
    expect(codes).toEqual(["113100", "113111"]);
  });

  it("adds the de-identification attributes", () => {
    const ds = run().file.dataset;
    expect(txt(ds, 0x00120062)).toBe("YES");
    expect(txt(ds, 0x00120063)).toMatch(/PS3\.15/);
    expect(txt(ds, 0x00280303)).toBe("REMOVED");
    expect(findElement(ds, 0x00120064)!.items!.map((i) => txt(i, 0x00080100))).toEqual(["113100"]);
  });

  it("shifts dates by whole days when asked, keeping intervals, and marks them MODIFIED", () => {
    const ds = run({ shift: -10 }).file.dataset;
    expect(txt(ds, 0x00080020)).toBe("20200218"); // 2020-02-28 - 10 days
    expect(txt(ds, 0x00181200)).toBe("20181226"); // 2019-01-05 - 10 days
    expect(txt(ds, 0x00100030)).toBe(""); // birth date still Z
    expect(txt(ds, 0x00280303)).toBe("MODIFIED");
    expect(findElement(ds, 0x00120064)!.items!.map((i) => txt(i, 0x00080100))).toContain("113107");
  });
});
