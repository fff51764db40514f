export {
  type CreatePythonModuleSourceOptions,
  createPythonModuleSource,
} from "./create-python-module-source.js";
