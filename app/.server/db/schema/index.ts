export * from "./articles";
export * from "./audit";
export * from "./users";
