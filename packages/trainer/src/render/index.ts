export {
  type ChatTemplateMessage,
  type ChatTemplateRow,
  type ChatTemplateToolCall,
  chatTemplateRow,
} from "./chat-template-row.js";
export { checkRoundTrip, expectedTarget, type RoundTripFailure } from "./check-round-trip.js";
export { charactersPerToken, estimateTokens } from "./estimate-tokens.js";
export { parseTrainingTarget, type TrainingTarget } from "./parse-training-target.js";
export { type RenderedSplit, type RenderedTrainingData, renderTrainingData } from "./render-training-data.js";
export { type RenderTrainingRowOptions, renderTrainingRow, type TrainingRow } from "./render-training-row.js";
export {
  endOfTurn,
  type TokenizerFamily,
  tokenizerFamilies,
  tokenizerFamilySchema,
} from "./tokenizer-family.js";
export { TrainingDataError } from "./training-data-error.js";
