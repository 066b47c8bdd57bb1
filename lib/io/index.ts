export * from "./nifti";
