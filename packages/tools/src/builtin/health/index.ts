import type { BuiltinTool } from "../define-tool.js";
import { calculateBasalMetabolicRate } from "./calculate-basal-metabolic-rate.js";
import { calculateBmi } from "./calculate-bmi.js";
import { calculateDailyCalorieNeeds } from "./calculate-daily-calorie-needs.js";
import { calculateDailyEnergyExpenditure } from "./calculate-daily-energy-expenditure.js";
import { calculateDailyWaterIntake } from "./calculate-daily-water-intake.js";
import { calculateHeartRateZones } from "./calculate-heart-rate-zones.js";
import { calculateIdealBodyWeight } from "./calculate-ideal-body-weight.js";
import { calculateNutritionalNeeds } from "./calculate-nutritional-needs.js";
import { checkDrugInteraction } from "./check-drug-interaction.js";
import { classifyBloodPressure } from "./classify-blood-pressure.js";
import { convertBloodGlucose } from "./convert-blood-glucose.js";
import { estimateBloodAlcoholContent } from "./estimate-blood-alcohol-content.js";
import { estimateBodyFatPercentage } from "./estimate-body-fat-percentage.js";
import { estimatePregnancyDueDate } from "./estimate-pregnancy-due-date.js";
import { getActiveCovidCaseByCountry } from "./get-active-covid-case-by-country.js";
import { getCovidDeathByCountry } from "./get-covid-death-by-country.js";
import { getFoodNutritionFacts } from "./get-food-nutrition-facts.js";

/** Built-in tools of the Health category. */
export const healthTools: readonly BuiltinTool[] = [
  calculateBmi,
  calculateDailyCalorieNeeds,
  calculateIdealBodyWeight,
  estimateBodyFatPercentage,
  calculateHeartRateZones,
  classifyBloodPressure,
  convertBloodGlucose,
  estimateBloodAlcoholContent,
  estimatePregnancyDueDate,
  calculateDailyWaterIntake,
  getFoodNutritionFacts,
  checkDrugInteraction,
  // BFCL's executable functions, under their BFCL names and parameters
  getCovidDeathByCountry,
  getActiveCovidCaseByCountry,
  calculateBasalMetabolicRate,
  calculateDailyEnergyExpenditure,
  calculateNutritionalNeeds,
];
