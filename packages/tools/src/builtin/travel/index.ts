import type { BuiltinTool } from "../define-tool.js";
import { bookRoom } from "./book-room.js";
import { calculateFlightArrivalTime } from "./calculate-flight-arrival-time.js";
import { calculateFlightDistance } from "./calculate-flight-distance.js";
import { calculateTotalPrice } from "./calculate-total-price.js";
import { confirmBooking } from "./confirm-booking.js";
import { convertTimezone } from "./convert-timezone.js";
import { estimateDrivingTime } from "./estimate-driving-time.js";
import { estimateTripBudget } from "./estimate-trip-budget.js";
import { findNearestAirports } from "./find-nearest-airports.js";
import { getAirlineInfo } from "./get-airline-info.js";
import { getAirportInfo } from "./get-airport-info.js";
import { getCoordinatesFromCity } from "./get-coordinates-from-city.js";
import { getCountryTravelInfo } from "./get-country-travel-info.js";
import { getFlightStatus } from "./get-flight-status.js";
import { getTimeZoneByCoord } from "./get-time-zone-by-coord.js";
import { retrieveCityBasedOnZipcode } from "./retrieve-city-based-on-zipcode.js";
import { retrieveHolidayByYear } from "./retrieve-holiday-by-year.js";
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
  // BFCL's executable functions, under their BFCL names and parameters
  getTimeZoneByCoord,
  getCoordinatesFromCity,
  retrieveCityBasedOnZipcode,
  retrieveHolidayByYear,
  bookRoom,
  calculateTotalPrice,
  confirmBooking,
];
