import type { BuiltinTool } from "../define-tool.js";
import { calculateAirQualityIndex } from "./calculate-air-quality-index.js";
import { calculateElectricityEmissions } from "./calculate-electricity-emissions.js";
import { calculateRainwaterHarvest } from "./calculate-rainwater-harvest.js";
import { calculateTravelEmissions } from "./calculate-travel-emissions.js";
import { calculateWaterFootprint } from "./calculate-water-footprint.js";
import { convertGreenhouseGasToCo2e } from "./convert-greenhouse-gas-to-co2e.js";
import { estimateSolarPanelOutput } from "./estimate-solar-panel-output.js";
import { estimateTreeCarbonOffset } from "./estimate-tree-carbon-offset.js";
import { getAirQuality } from "./get-air-quality.js";
import { getPlasticResinInfo } from "./get-plastic-resin-info.js";
import { getWeatherData } from "./get-weather-data.js";

/** Built-in tools of the Environment category. */
export const environmentTools: readonly BuiltinTool[] = [
  getAirQuality,
  calculateAirQualityIndex,
  calculateTravelEmissions,
  calculateElectricityEmissions,
  estimateTreeCarbonOffset,
  convertGreenhouseGasToCo2e,
  calculateWaterFootprint,
  estimateSolarPanelOutput,
  calculateRainwaterHarvest,
  getPlasticResinInfo,
  // BFCL's executable functions, under their BFCL names and parameters
  getWeatherData,
];
