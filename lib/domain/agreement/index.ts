/** Inter-rater agreement and consensus between expert masks (pure TypeScript). */
export * from "./agreement";
export * from "./staple";
