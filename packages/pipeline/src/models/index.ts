export { type OpenRunModelOptions, openRunModel, type RunModel, runModelId } from "./open-run-model.js";
export { runModelPrices } from "./run-model-prices.js";
