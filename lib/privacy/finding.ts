/** One reason a shipped file may identify a person. */
export interface PrivacyFinding {
  /** File path as given to the scanner (relative to the repository root in the CLI). */
  file: string;
  /** The DICOM tag `(gggg,eeee) Name` with its sequence path, NIfTI field, or image marker/chunk. */
  where: string;
  message: string;
}
