export * from "./grid";
export * from "./polygon";
export * from "./mask";
export * from "./box";
export * from "./ellipse";
