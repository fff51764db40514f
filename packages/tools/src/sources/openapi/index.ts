export {
  createOpenApiSource,
  type OpenApiOperationInfo,
  type OpenApiSourceOptions,
} from "./create-openapi-source.js";
export { OpenApiDocumentError } from "./openapi-document-error.js";
