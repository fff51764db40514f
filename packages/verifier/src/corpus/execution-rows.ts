import type { QueryStyle } from "@apigen/core";
import { answerText, type CorpusRow, callText as call } from "./corpus-row.js";

const failing = (
  id: string,
  style: QueryStyle,
  tools: readonly string[],
  calls: readonly string[],
  reason: string,
): CorpusRow => ({
  id,
  style,
  tools,
  text: answerText(`query of ${id}`, `[${calls.join(", ")}]`),
  expected: { stage: "execution", reason },
});

/** A well-formed call the tool itself rejects: an unknown entity or arguments it cannot work with. */
const rejected = (id: string, tool: string, args: string): CorpusRow =>
  failing(id, "simple", [tool], [call(tool, args)], "invalid_arguments");

/** Candidates that pass stage 1 but fail when their calls really run. */
export const executionRows: readonly CorpusRow[] = [
  rejected("exec-unknown-ticker", "get_stock_quote", '{"symbol": "ZZZZ"}'),
  rejected(
    "exec-unknown-ticker-history",
    "get_stock_price_history",
    '{"symbol": "QQQQ", "start_date": "2024-03-01", "end_date": "2024-03-05"}',
  ),
  rejected(
    "exec-unknown-currency",
    "convert_currency",
    '{"amount": 10, "from_currency": "USD", "to_currency": "XYZ"}',
  ),
  rejected("exec-unknown-airport", "get_airport_info", '{"iata_code": "XXX"}'),
  rejected(
    "exec-unknown-airport-destination",
    "calculate_flight_distance",
    '{"origin": "JFK", "destination": "ZZZ"}',
  ),
  rejected("exec-same-airports", "calculate_flight_distance", '{"origin": "JFK", "destination": "JFK"}'),
  rejected(
    "exec-search-same-airports",
    "search_flights",
    '{"origin": "SFO", "destination": "SFO", "departure_date": "2024-09-10"}',
  ),
  rejected("exec-unknown-airline", "get_airline_info", '{"airline_code": "ZZ"}'),
  rejected("exec-unknown-country", "get_country_travel_info", '{"country_code": "XK"}'),
  rejected("exec-unknown-element", "get_element_info", '{"element": "Kryptonite"}'),
  rejected("exec-unknown-element-zero", "get_element_info", '{"element": "0"}'),
  rejected("exec-unknown-element-symbol", "calculate_molar_mass", '{"formula": "Xy2O"}'),
  rejected("exec-unclosed-bracket", "calculate_molar_mass", '{"formula": "Ca(OH2"}'),
  rejected("exec-unknown-team", "get_team_info", '{"league": "nba", "team": "Arsenal"}'),
  rejected("exec-ambiguous-team", "get_team_info", '{"league": "premier_league", "team": "United"}'),
  rejected("exec-unknown-athlete", "get_athlete_profile", '{"name": "John Smith"}'),
  rejected("exec-unknown-movie", "get_movie_details", '{"title": "The Godfather Part IV"}'),
  rejected(
    "exec-pressure-inverted",
    "classify_blood_pressure",
    '{"systolic_mmhg": 80, "diastolic_mmhg": 120}',
  ),
  rejected(
    "exec-below-absolute-zero",
    "convert_temperature",
    '{"value": -300, "from_scale": "celsius", "to_scale": "kelvin"}',
  ),
  rejected("exec-negative-ordinal", "convert_number_to_words", '{"number": -3, "style": "ordinal"}'),
  rejected(
    "exec-history-reversed",
    "get_stock_price_history",
    '{"symbol": "MSFT", "start_date": "2024-03-05", "end_date": "2024-03-01"}',
  ),
  rejected(
    "exec-hotel-reversed",
    "search_hotels",
    '{"city": "Paris", "check_in": "2024-06-13", "check_out": "2024-06-10"}',
  ),
  rejected("exec-unregistered-status", "get_http_status_info", '{"status_code": 299}'),
  rejected(
    "exec-unknown-flight-airline",
    "get_flight_status",
    '{"flight_number": "ZZ100", "date": "2024-05-14"}',
  ),
  failing(
    "exec-parallel-second-fails",
    "parallel",
    ["get_stock_quote"],
    [call("get_stock_quote", '{"symbol": "AAPL"}'), call("get_stock_quote", '{"symbol": "ZZZZ"}')],
    "invalid_arguments",
  ),
  failing(
    "exec-parallel-multiple-one-fails",
    "parallel_multiple",
    ["get_airport_info", "get_airline_info"],
    [call("get_airport_info", '{"iata_code": "XXX"}'), call("get_airline_info", '{"airline_code": "BA"}')],
    "invalid_arguments",
  ),
  failing(
    "exec-multiple-unknown-entity",
    "multiple",
    ["get_element_info", "get_planet_facts"],
    [call("get_element_info", '{"element": "Adamantium"}')],
    "invalid_arguments",
  ),
  failing(
    "exec-parallel-currencies",
    "parallel",
    ["convert_currency"],
    [
      call("convert_currency", '{"amount": 5, "from_currency": "ABC", "to_currency": "EUR"}'),
      call("convert_currency", '{"amount": 5, "from_currency": "USD", "to_currency": "GBP"}'),
    ],
    "invalid_arguments",
  ),
  failing(
    "exec-error-payload-missing-key",
    "simple",
    ["validate_json_schema"],
    [
      call(
        "validate_json_schema",
        '{"document": {"a": 1}, "schema": {"type": "object", "required": ["id"]}}',
      ),
    ],
    "error_payload",
  ),
  failing(
    "exec-error-payload-wrong-type",
    "simple",
    ["validate_json_schema"],
    [call("validate_json_schema", '{"document": "seven", "schema": {"type": "integer"}}')],
    "error_payload",
  ),
  failing(
    "exec-error-payload-in-parallel",
    "parallel_multiple",
    ["get_element_info", "validate_json_schema"],
    [
      call("get_element_info", '{"element": "Fe"}'),
      call("validate_json_schema", '{"document": [], "schema": {"type": "array", "minItems": 1}}'),
    ],
    "error_payload",
  ),
];
