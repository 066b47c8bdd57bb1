/**
 * Dummy values for action D, by VR. None derives from the original value; each is valid for its
 * VR (length limits of SH/AE/CS respected).
 */
const DUMMY: Record<string, string> = {
  AE: "ANONYMIZED",
  AS: "000Y",
  CS: "ANONYMIZED",
  DA: "19000101",
  DS: "0",
  DT: "19000101000000",
  IS: "0",
  LO: "ANONYMIZED",
  LT: "ANONYMIZED",
  PN: "ANONYMIZED",
  SH: "ANONYMIZED",
  ST: "ANONYMIZED",
  TM: "000000",
  UC: "ANONYMIZED",
  UT: "ANONYMIZED",
};

/** Dummy text for `vr`, or `null` when the VR has no text dummy (binary VRs: emptied instead). */
export function dummyText(vr: string): string | null {
  return DUMMY[vr] ?? null;
}
