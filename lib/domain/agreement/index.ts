/** Inter-rater agreement and consensus between expert masks (pure TypeScript). */
export * from "./agreement";
export * from "./staple";
export * from "./rater-spread";
export * from "./rater-rank";
export * from "./spread-grade";
export * from "./rater-key";
export * from "./box-landmark-spread";
