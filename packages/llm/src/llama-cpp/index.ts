export { createLlamaCppModel, type LlamaCppModel } from "./create-llama-cpp-model.js";
export {
  defaultLlamaCppModelUri,
  type LlamaCppModelSettings,
  type LlamaCppModelSource,
} from "./llama-cpp-model-settings.js";
