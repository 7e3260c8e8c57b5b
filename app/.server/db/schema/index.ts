export * from "./articles";
export * from "./audit";
export * from "./claims";
export * from "./imports";
export * from "./speakers";
export * from "./users";
