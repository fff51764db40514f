export { type CreateJsModuleSourceOptions, createJsModuleSource } from "./create-js-module-source.js";
