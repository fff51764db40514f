import type { BuiltinTool } from "../define-tool.js";
import { aggregateRecords } from "./aggregate-records.js";
import { computeHash } from "./compute-hash.js";
import { convertRecordsToCsv } from "./convert-records-to-csv.js";
import { decodeBase64 } from "./decode-base64.js";
import { deduplicateRecords } from "./deduplicate-records.js";
import { diffJsonDocuments } from "./diff-json-documents.js";
import { encodeBase64 } from "./encode-base64.js";
import { filterRecords } from "./filter-records.js";
import { flattenJsonObject } from "./flatten-json-object.js";
import { parseCsv } from "./parse-csv.js";
import { queryJsonPath } from "./query-json-path.js";
import { sortArray } from "./sort-array.js";
import { sortRecords } from "./sort-records.js";
import { validateJsonSchema } from "./validate-json-schema.js";

/** Built-in tools of the Data category. */
export const dataTools: readonly BuiltinTool[] = [
  parseCsv,
  convertRecordsToCsv,
  queryJsonPath,
  filterRecords,
  sortRecords,
  deduplicateRecords,
  aggregateRecords,
  flattenJsonObject,
  diffJsonDocuments,
  validateJsonSchema,
  encodeBase64,
  decodeBase64,
  computeHash,
  // BFCL's executable functions, under their BFCL names and parameters
  sortArray,
];
