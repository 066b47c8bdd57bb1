/** Tiny DICOM data sets built in code for the de-identification and privacy tests. */
import type { DataSet, DicomFile, Element } from "@/lib/deid/dicom/types";
import { encodeText } from "@/lib/deid/dicom/values";

export const t = (tag: number, vr: string, text: string): Element => ({
  tag,
  vr,
  value: encodeText(text, vr),
});
export const sq = (tag: number, ...items: DataSet[]): Element => ({ tag, vr: "SQ", items });

/** A CT-like instance with identifying attributes, a private block, nested references and dates. */
export function identifyingCt(sopInstance = "1.2.3.4.100", refInstance = "1.2.3.4.99"): DicomFile {
  const dataset: DataSet = [
    t(0x00080016, "UI", "1.2.840.10008.5.1.4.1.1.2"),
    t(0x00080018, "UI", sopInstance),
    t(0x00080020, "DA", "20200228"), // Study Date: Z
    t(0x00080050, "SH", "ACC123"), // Accession Number: Z
    t(0x00080060, "CS", "CT"),
    t(0x00080080, "LO", "General Hospital"), // Institution Name: X/Z/D
    t(0x00081010, "SH", "CT-ROOM-2"), // Station Name: X/Z/D
    sq(0x00081140, [
      t(0x00081150, "UI", "1.2.840.10008.5.1.4.1.1.2"),
      t(0x00081155, "UI", refInstance),
    ]), // X/Z/U*
    t(0x00100010, "PN", "Doe^Jane"), // Z
    t(0x00100020, "LO", "PID-42"), // Z
    t(0x00100030, "DA", "19700101"), // Z
    t(0x00101010, "AS", "050Y"), // X
    t(0x00180050, "DS", "1.25"), // not in the table: kept
    t(0x00181200, "DA", "20190105"), // Date of Last Calibration: not in the table
    t(0x0020000d, "UI", "1.2.3.4.1"),
    t(0x0020000e, "UI", "1.2.3.4.2"),
    t(0x00200052, "UI", "1.2.3.4.3"),
    t(0x00290010, "LO", "ACME 1.0"), // private creator
    t(0x00291001, "LO", "secret"), // private element of block 10
    sq(0x00291002, [t(0x00100010, "PN", "Doe^Jane")]), // private sequence
    { tag: 0x7fe00010, vr: "OW", value: Uint8Array.of(1, 2, 3, 4) },
  ];
  const meta: DataSet = [
    t(0x00020002, "UI", "1.2.840.10008.5.1.4.1.1.2"),
    t(0x00020003, "UI", sopInstance),
    t(0x00020010, "UI", "1.2.840.10008.1.2.1"),
  ];
  return {
    preamble: null,
    meta,
    dataset,
    encoding: { explicitVr: true, littleEndian: true, deflated: false },
    transferSyntaxUid: "1.2.840.10008.1.2.1",
  };
}
