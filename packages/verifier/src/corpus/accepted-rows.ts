import type { QueryStyle } from "@apigen/core";
import { answerText, type CorpusRow, callText as call } from "./corpus-row.js";

const ok = (
  id: string,
  style: QueryStyle,
  tools: readonly string[],
  query: string,
  calls: readonly string[],
): CorpusRow => ({
  id,
  style,
  tools,
  text: answerText(query, `[${calls.join(", ")}]`),
  expected: { stage: "accepted", reason: "ok" },
});

const noCall = (id: string, tools: readonly string[], query: string, response: string): CorpusRow => ({
  id,
  style: "no_call",
  tools,
  text: JSON.stringify({ query, answers: [], response }),
  expected: { stage: "accepted", reason: "ok" },
});

const simple = (id: string, tool: string, query: string, args: string): CorpusRow =>
  ok(id, "simple", [tool], query, [call(tool, args)]);

/** Correct candidates of every style, in the spellings models use; stages 1 and 2 must accept all of them. */
export const acceptedRows: readonly CorpusRow[] = [
  simple("ok-simple-01", "get_stock_quote", "What is Apple trading at?", '{"symbol": "AAPL"}'),
  simple(
    "ok-simple-02",
    "convert_currency",
    "How much is 100 dollars in euros?",
    '{"amount": 100, "from_currency": "USD", "to_currency": "EUR"}',
  ),
  simple(
    "ok-simple-03",
    "calculate_loan_payment",
    "Monthly payment on a 200k loan at 6% over 30 years?",
    '{"principal": 200000, "annual_interest_rate": 6, "term_months": 360}',
  ),
  simple("ok-simple-04", "compute_hash", "MD5 of 'hello'?", '{"text": "hello", "algorithm": "md5"}'),
  simple(
    "ok-simple-05",
    "get_team_info",
    "Tell me about Arsenal.",
    '{"league": "premier_league", "team": "Arsenal"}',
  ),
  simple("ok-simple-06", "get_airport_info", "Which airport is SIN?", '{"iata_code": "SIN"}'),
  simple(
    "ok-simple-07",
    "calculate_flight_distance",
    "How far is it from JFK to Heathrow?",
    '{"origin": "JFK", "destination": "LHR"}',
  ),
  simple(
    "ok-simple-08",
    "split_restaurant_bill",
    "Split a $120 bill four ways.",
    '{"subtotal": 120, "people": 4}',
  ),
  simple(
    "ok-simple-09",
    "get_zodiac_sign",
    "Star sign for someone born 1990-07-30?",
    '{"birth_date": "1990-07-30"}',
  ),
  simple(
    "ok-simple-10",
    "calculate_bmi",
    "BMI for 95.5 kg at 180 cm?",
    '{"weight_kg": 95.5, "height_cm": 180}',
  ),
  simple(
    "ok-simple-11",
    "classify_blood_pressure",
    "Is 118 over 76 normal?",
    '{"systolic_mmhg": 118, "diastolic_mmhg": 76}',
  ),
  simple(
    "ok-simple-12",
    "get_calendar_date_info",
    "Which ISO week is 30 December 2024 in?",
    '{"date": "2024-12-30"}',
  ),
  simple(
    "ok-simple-13",
    "convert_number_to_words",
    "Spell 21 as an ordinal.",
    '{"number": 21, "style": "ordinal"}',
  ),
  simple("ok-simple-14", "flip_coins", "Flip five coins.", '{"count": 5}'),
  simple(
    "ok-simple-15",
    "calculate_molar_mass",
    "Molar mass of calcium hydroxide, Ca(OH)2?",
    '{"formula": "Ca(OH)2"}',
  ),
  simple("ok-simple-16", "get_element_info", "Facts about gold, please.", '{"element": "gold"}'),
  simple(
    "ok-simple-17",
    "convert_temperature",
    "98.6 F in Celsius?",
    '{"value": 98.6, "from_scale": "fahrenheit", "to_scale": "celsius"}',
  ),
  simple(
    "ok-simple-18",
    "get_planet_facts",
    "How does Mars compare to Earth?",
    '{"planet": "mars", "compare_to_earth": true}',
  ),
  simple("ok-simple-19", "get_http_status_info", "What does HTTP 201 mean?", '{"status_code": 201}'),
  simple("ok-simple-20", "get_airline_info", "Which airline is LH?", '{"airline_code": "LH"}'),
  simple(
    "ok-simple-21",
    "calculate_bmi",
    "BMI at 70.0 kg and 175 cm?",
    '{"weight_kg": 70.0, "height_cm": 175}',
  ),
  simple("ok-simple-22", "flip_coins", "Flip a coin.", "{}"),
  simple(
    "ok-simple-23",
    "convert_temperature",
    "-40 C in Fahrenheit?",
    '{"value": -40, "from_scale": "celsius", "to_scale": "fahrenheit"}',
  ),
  simple("ok-simple-24", "get_country_travel_info", "Travel info for Japan (JP)?", '{"country_code": "JP"}'),
  simple("ok-simple-25", "get_movie_details", "Details of the film Amelie?", '{"title": "amelie"}'),
  simple("ok-simple-26", "get_http_status_info", "Explain status 429.", '{"status_code": 429}'),
  {
    id: "ok-fenced-json",
    style: "simple",
    tools: ["get_stock_quote"],
    text: 'Here is the answer:\n```json\n{"query": "Quote MSFT", "answers": [{"name": "get_stock_quote", "arguments": {"symbol": "MSFT"}}]}\n```\n',
    expected: { stage: "accepted", reason: "ok" },
  },
  {
    id: "ok-fenced-plain",
    style: "simple",
    tools: ["get_element_info"],
    text: '```\n{"query": "What is Fe?", "answers": [{"name": "get_element_info", "arguments": {"element": "Fe"}}]}\n```',
    expected: { stage: "accepted", reason: "ok" },
  },
  {
    id: "ok-answer-key",
    style: "simple",
    tools: ["get_element_info"],
    text: '{"query": "Atomic number 92?", "answer": [{"name": "get_element_info", "arguments": {"element": "92"}}]}',
    expected: { stage: "accepted", reason: "ok" },
  },
  {
    id: "ok-thought",
    style: "simple",
    tools: ["compute_hash"],
    text: '{"thought": "sha256 is the default", "query": "SHA-256 of abc?", "answers": [{"name": "compute_hash", "arguments": {"text": "abc"}}]}',
    expected: { stage: "accepted", reason: "ok" },
  },
  {
    id: "ok-list-of-one",
    style: "simple",
    tools: ["get_zodiac_sign"],
    text: '[{"query": "Sign for 2001-12-23?", "answers": [{"name": "get_zodiac_sign", "arguments": {"birth_date": "2001-12-23"}}]}]',
    expected: { stage: "accepted", reason: "ok" },
  },
  ok(
    "ok-multiple-01",
    "multiple",
    ["get_stock_quote", "convert_currency", "get_stock_price_history"],
    "2500 pounds in yen?",
    [call("convert_currency", '{"amount": 2500, "from_currency": "GBP", "to_currency": "JPY"}')],
  ),
  ok(
    "ok-multiple-02",
    "multiple",
    ["calculate_bmi", "classify_blood_pressure"],
    "My pressure is 128/84, is that high?",
    [call("classify_blood_pressure", '{"systolic_mmhg": 128, "diastolic_mmhg": 84}')],
  ),
  ok(
    "ok-multiple-03",
    "multiple",
    ["get_airport_info", "get_airline_info", "calculate_flight_distance"],
    "Who is EK?",
    [call("get_airline_info", '{"airline_code": "EK"}')],
  ),
  ok(
    "ok-multiple-04",
    "multiple",
    ["convert_temperature", "get_planet_facts", "get_element_info"],
    "Tell me about Venus.",
    [call("get_planet_facts", '{"planet": "venus"}')],
  ),
  ok(
    "ok-multiple-05",
    "multiple",
    ["get_zodiac_sign", "get_calendar_date_info", "calculate_age_from_birthdate"],
    "How old on 2024-05-14 is someone born 1990-05-15?",
    [call("calculate_age_from_birthdate", '{"birth_date": "1990-05-15", "on_date": "2024-05-14"}')],
  ),
  ok("ok-multiple-06", "multiple", ["encode_base64", "compute_hash"], "Base64 of 'hello world'?", [
    call("encode_base64", '{"text": "hello world"}'),
  ]),
  ok("ok-parallel-01", "parallel", ["get_stock_quote"], "Quotes for Apple and Microsoft?", [
    call("get_stock_quote", '{"symbol": "AAPL"}'),
    call("get_stock_quote", '{"symbol": "MSFT"}'),
  ]),
  ok("ok-parallel-02", "parallel", ["convert_temperature"], "Convert 0 C, 100 C and 37 C to Fahrenheit.", [
    call("convert_temperature", '{"value": 0, "from_scale": "celsius", "to_scale": "fahrenheit"}'),
    call("convert_temperature", '{"value": 100, "from_scale": "celsius", "to_scale": "fahrenheit"}'),
    call("convert_temperature", '{"value": 37, "from_scale": "celsius", "to_scale": "fahrenheit"}'),
  ]),
  ok("ok-parallel-03", "parallel", ["get_element_info"], "Iron and uranium facts.", [
    call("get_element_info", '{"element": "Fe"}'),
    call("get_element_info", '{"element": "92"}'),
  ]),
  ok("ok-parallel-04", "parallel", ["calculate_flight_distance"], "JFK-LHR and SFO-NRT distances?", [
    call("calculate_flight_distance", '{"origin": "JFK", "destination": "LHR"}'),
    call("calculate_flight_distance", '{"origin": "SFO", "destination": "NRT"}'),
  ]),
  ok("ok-parallel-05", "parallel", ["get_zodiac_sign"], "Signs for 1990-07-30 and 2001-12-23?", [
    call("get_zodiac_sign", '{"birth_date": "1990-07-30"}'),
    call("get_zodiac_sign", '{"birth_date": "2001-12-23"}'),
  ]),
  ok("ok-parallel-06", "parallel", ["compute_hash"], "MD5 and SHA-256 of 'apigen'.", [
    call("compute_hash", '{"text": "apigen", "algorithm": "md5"}'),
    call("compute_hash", '{"text": "apigen", "algorithm": "sha256"}'),
  ]),
  ok(
    "ok-parallel-multiple-01",
    "parallel_multiple",
    ["get_stock_quote", "convert_currency"],
    "NVDA quote, and 100 USD in EUR.",
    [
      call("get_stock_quote", '{"symbol": "NVDA"}'),
      call("convert_currency", '{"amount": 100, "from_currency": "USD", "to_currency": "EUR"}'),
    ],
  ),
  ok(
    "ok-parallel-multiple-02",
    "parallel_multiple",
    ["calculate_bmi", "classify_blood_pressure"],
    "BMI at 70 kg, 175 cm, and is 118/76 fine?",
    [
      call("calculate_bmi", '{"weight_kg": 70, "height_cm": 175}'),
      call("classify_blood_pressure", '{"systolic_mmhg": 118, "diastolic_mmhg": 76}'),
    ],
  ),
  ok(
    "ok-parallel-multiple-03",
    "parallel_multiple",
    ["get_airport_info", "get_airline_info"],
    "Heathrow info and who BA is.",
    [
      call("get_airport_info", '{"iata_code": "LHR", "at": "2024-07-01T12:00:00Z"}'),
      call("get_airline_info", '{"airline_code": "BA"}'),
    ],
  ),
  ok(
    "ok-parallel-multiple-04",
    "parallel_multiple",
    ["get_planet_facts", "convert_temperature"],
    "Jupiter facts; 0 K in Rankine.",
    [
      call("get_planet_facts", '{"planet": "jupiter"}'),
      call("convert_temperature", '{"value": 0, "from_scale": "kelvin", "to_scale": "rankine"}'),
    ],
  ),
  ok(
    "ok-parallel-multiple-05",
    "parallel_multiple",
    ["get_team_info", "get_calendar_date_info"],
    "Warriors info, and what day is 2021-01-03?",
    [
      call("get_team_info", '{"league": "nba", "team": "warriors"}'),
      call("get_calendar_date_info", '{"date": "2021-01-03"}'),
    ],
  ),
  ok(
    "ok-parallel-multiple-06",
    "parallel_multiple",
    ["compute_hash", "encode_base64", "flip_coins"],
    "Hash 'x', base64 'x', flip 2 coins.",
    [
      call("compute_hash", '{"text": "x"}'),
      call("encode_base64", '{"text": "x", "url_safe": true}'),
      call("flip_coins", '{"count": 2}'),
    ],
  ),
  noCall(
    "ok-no-call-01",
    ["get_stock_quote"],
    "Write a haiku about autumn.",
    "I can only look up stock quotes, so I cannot write a haiku.",
  ),
  noCall(
    "ok-no-call-02",
    ["convert_currency", "calculate_loan_payment"],
    "Who wrote Pride and Prejudice?",
    "None of my tools can look up authors; they convert currencies and compute loan payments.",
  ),
  noCall("ok-no-call-03", ["get_planet_facts"], "Thanks, that is all.", "You are welcome."),
  noCall(
    "ok-no-call-04",
    ["get_airport_info", "get_airline_info"],
    "What is your favourite colour?",
    "I have no favourite colour; I can help with airports and airlines.",
  ),
  {
    id: "ok-no-call-answer-key",
    style: "no_call",
    tools: ["compute_hash"],
    text: '{"query": "Tell me a joke.", "answer": [], "response": "I can only compute hashes."}',
    expected: { stage: "accepted", reason: "ok" },
  },
];
