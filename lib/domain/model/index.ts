export * from "./primitives";
export * from "./annotator";
export * from "./annotation-set";
export * from "./case-manifest";
export * from "./case-view";
export * from "./vocabulary";
