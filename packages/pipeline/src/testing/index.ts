export { exampleStatsOptions, exampleStatsRecords, exampleStatsUsage } from "./example-stats.js";
export { scriptedArguments, scriptedGenerator, scriptedToolNames } from "./scripted-generator.js";
