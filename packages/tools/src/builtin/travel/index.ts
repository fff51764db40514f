import type { BuiltinTool } from "../define-tool.js";
import { calculateFlightArrivalTime } from "./calculate-flight-arrival-time.js";
import { calculateFlightDistance } from "./calculate-flight-distance.js";
import { convertTimezone } from "./convert-timezone.js";
import { estimateDrivingTime } from "./estimate-driving-time.js";
import { estimateTripBudget } from "./estimate-trip-budget.js";
import { findNearestAirports } from "./find-nearest-airports.js";
import { getAirlineInfo } from "./get-airline-info.js";
import { getAirportInfo } from "./get-airport-info.js";
import { getCountryTravelInfo } from "./get-country-travel-info.js";
import { getFlightStatus } from "./get-flight-status.js";
import { searchFlights } from "./search-flights.js";
import { searchHotels } from "./search-hotels.js";

/** Built-in tools of the Travel category. */
export const travelTools: readonly BuiltinTool[] = [
  searchFlights,
  getFlightStatus,
  searchHotels,
  getAirportInfo,
  getAirlineInfo,
  getCountryTravelInfo,
  calculateFlightDistance,
  findNearestAirports,
  calculateFlightArrivalTime,
  convertTimezone,
  estimateTripBudget,
  estimateDrivingTime,
];
