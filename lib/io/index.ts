export * from "./nifti";
export * from "./labelmap";
