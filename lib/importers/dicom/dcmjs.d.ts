/** The small part of dcmjs (untyped JavaScript) that the importers use. */
declare module "dcmjs" {
  interface DicomDictLike {
    meta: Record<string, { vr?: string; Value?: unknown[] }>;
    dict: Record<string, unknown>;
  }
  interface Logger {
    setLevel(level: "trace" | "debug" | "info" | "warn" | "error" | "silent"): void;
    getLogger(name: string): Logger;
  }
  const dcmjs: {
    data: {
      DicomMessage: {
        readFile(
          buffer: ArrayBuffer,
          options?: { ignoreErrors?: boolean; untilTag?: string },
        ): DicomDictLike;
      };
      DicomMetaDictionary: {
        naturalizeDataset(dict: Record<string, unknown>): Record<string, unknown>;
      };
    };
    log: Logger;
  };
  export default dcmjs;
}
