export { createHuggingFaceModel } from "./create-hugging-face-model.js";
export type { HuggingFaceModelSettings, HuggingFaceRouting } from "./hugging-face-model-settings.js";
