export * from "./academies";
export * from "./establishments";
export * from "./sequence";
export * from "./users";
export * from "./organisation";
export * from "./grids";
