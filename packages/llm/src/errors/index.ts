export { LanguageModelError, type LanguageModelErrorOptions } from "./language-model-error.js";
export { LoadApiKeyError } from "./load-api-key-error.js";
export { ModelApiCallError } from "./model-api-call-error.js";
export { ModelConnectionError } from "./model-connection-error.js";
export { ModelResponseError, type ModelResponseProblem } from "./model-response-error.js";
export { ModelTimeoutError } from "./model-timeout-error.js";
