export { candidateId } from "./candidate-id.js";
export { type CandidateRecord, candidateRecordSchema } from "./candidate-record.js";
