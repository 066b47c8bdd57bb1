export * from "./grid";
export * from "./grid-compare";
export * from "./polygon";
export * from "./mask";
export * from "./box";
export * from "./ellipse";
