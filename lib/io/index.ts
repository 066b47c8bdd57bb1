export * from "./nifti";
export * from "./labelmap";
export { gunzip, inflateRaw, crc32, type GunzipOptions } from "./gunzip";
export * from "./limits";
