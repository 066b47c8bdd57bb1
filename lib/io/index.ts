export * from "./nifti";
export * from "./labelmap";
export { gunzip, inflateRaw, crc32, concatBytes, type GunzipOptions } from "./gunzip";
export * from "./limits";
