export { type ExampleToShareGptOptions, exampleToShareGpt } from "./example-to-share-gpt.js";
export {
  type ShareGptFrom,
  type ShareGptFunctionCall,
  type ShareGptRecord,
  type ShareGptTurn,
  shareGptFromSchema,
  shareGptFunctionCallSchema,
  shareGptRecordSchema,
  shareGptTurnSchema,
} from "./share-gpt-api.js";
export { type ShareGptToExampleOptions, shareGptToExample } from "./share-gpt-to-example.js";
