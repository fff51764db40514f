import type { BuiltinTool } from "../define-tool.js";
import { calculateAgeFromBirthdate } from "./calculate-age-from-birthdate.js";
import { calculateCommuteCost } from "./calculate-commute-cost.js";
import { convertCookingMeasurement } from "./convert-cooking-measurement.js";
import { estimatePaintNeeded } from "./estimate-paint-needed.js";
import { findRecipesByIngredients } from "./find-recipes-by-ingredients.js";
import { generatePackingList } from "./generate-packing-list.js";
import { getHouseplantCareSchedule } from "./get-houseplant-care-schedule.js";
import { getZodiacSign } from "./get-zodiac-sign.js";
import { planSleepSchedule } from "./plan-sleep-schedule.js";
import { scaleRecipeIngredients } from "./scale-recipe-ingredients.js";
import { splitRestaurantBill } from "./split-restaurant-bill.js";
import { trackHabitStreak } from "./track-habit-streak.js";

/** Built-in tools of the Lifestyle category. */
export const lifestyleTools: readonly BuiltinTool[] = [
  findRecipesByIngredients,
  scaleRecipeIngredients,
  convertCookingMeasurement,
  splitRestaurantBill,
  getHouseplantCareSchedule,
  planSleepSchedule,
  trackHabitStreak,
  calculateAgeFromBirthdate,
  getZodiacSign,
  generatePackingList,
  estimatePaintNeeded,
  calculateCommuteCost,
];
