import { describe, expect, it } from "vitest";
import { readPart10 } from "@/lib/deid/dicom/read-part10";
import { writePart10 } from "@/lib/deid/dicom/write-part10";
import { DicomParseError } from "@/lib/deid/dicom/types";
import { findElement, textOf } from "@/lib/deid/dicom/values";
import { identifyingCt } from "./synthetic";

describe("DICOM reader/writer", () => {
  it("round-trips a data set with nested sequences, explicit and implicit VR", () => {
    for (const explicitVr of [true, false]) {
      const file = identifyingCt();
      file.encoding = { explicitVr, littleEndian: true, deflated: false };
      file.transferSyntaxUid = explicitVr ? "1.2.840.10008.1.2.1" : "1.2.840.10008.1.2";
      file.meta = file.meta.map((e) =>
        e.tag === 0x00020010
          ? {
              ...e,
              value: new TextEncoder().encode(
                file.transferSyntaxUid.padEnd(explicitVr ? 20 : 18, "\0"),
              ),
            }
          : e,
      );
      const back = readPart10(writePart10(file));
      expect(back.encoding.explicitVr).toBe(explicitVr);
      expect(textOf(findElement(back.dataset, 0x00100010)!)).toBe("Doe^Jane");
      const ref = findElement(back.dataset, 0x00081140)!;
      expect(ref.items).toHaveLength(1);
      expect(textOf(findElement(ref.items![0]!, 0x00081155)!)).toBe("1.2.3.4.99");
      expect([...findElement(back.dataset, 0x7fe00010)!.value!]).toEqual([1, 2, 3, 4]);
    }
  });

  it("reports truncation with the element and the offset instead of crashing", () => {
    const bytes = writePart10(identifyingCt());
    const cut = bytes.subarray(0, bytes.length - 3);
    expect(() => readPart10(cut)).toThrow(DicomParseError);
    expect(() => readPart10(cut)).toThrow(/\(7FE0,0010\).*truncated/);
  });

  it("rejects an invalid explicit VR, naming the tag", () => {
    const bytes = writePart10(identifyingCt()).slice();
    const at = Buffer.from(bytes).indexOf(Buffer.from([0x10, 0x00, 0x10, 0x00, 0x50, 0x4e])); // (0010,0010) PN
    bytes[at + 4] = 0x3f;
    bytes[at + 5] = 0x21;
    expect(() => readPart10(bytes)).toThrow(/invalid VR .* \(0010,0010\)/);
  });

  it("refuses non-DICOM bytes clearly", () => {
    expect(() => readPart10(new TextEncoder().encode("hello, this is a README file"))).toThrow(
      /not a DICOM file/,
    );
  });
});
