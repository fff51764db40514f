import type { JsonSchema, Tool } from "@apigen/core";
import type { CategorizedTool } from "../categorized-tool.js";

const names: Record<string, string[]> = {
  Finance: [
    "get_stock_quote",
    "convert_currency",
    "loan_payment",
    "compound_interest",
    "get_exchange_rate",
    "list_dividends",
    "tax_bracket",
    "inflation_adjust",
    "bond_yield",
    "crypto_price",
  ],
  Sports: [
    "get_match_score",
    "league_table",
    "player_stats",
    "team_roster",
    "upcoming_fixtures",
    "top_scorers",
    "venue_info",
    "transfer_news",
    "race_results",
    "head_to_head",
  ],
  Travel: [
    "search_flights",
    "hotel_availability",
    "airport_info",
    "visa_requirements",
    "train_times",
    "car_rental_quote",
    "timezone_at",
    "weather_forecast",
    "landmark_search",
    "route_distance",
  ],
  Math: [
    "solve_quadratic",
    "prime_factors",
    "gcd",
    "matrix_determinant",
    "mean_median",
    "convert_units",
    "fibonacci",
    "is_palindrome",
    "binomial_probability",
    "integrate_polynomial",
  ],
  Music: [
    "search_tracks",
    "artist_top_songs",
    "album_details",
    "lyrics_lookup",
    "chart_positions",
    "similar_artists",
    "concert_dates",
    "playlist_create",
    "genre_catalog",
    "song_bpm",
  ],
  Health: [
    "bmi",
    "calorie_needs",
    "drug_interactions",
    "symptom_lookup",
    "water_intake",
    "heart_rate_zones",
    "vaccine_schedule",
    "sleep_score",
    "nutrient_facts",
    "clinic_search",
  ],
};

const shapes: ((name: string) => { properties: Record<string, JsonSchema>; required: string[] })[] = [
  () => ({
    properties: {
      query: { type: "string", description: "What to look up, e.g. a name or a code." },
      limit: { type: "integer", minimum: 1, maximum: 50, default: 10, description: "Most results." },
    },
    required: ["query"],
  }),
  () => ({
    properties: {
      amount: { type: "number", exclusiveMinimum: 0, description: "The amount." },
      from: { type: "string", pattern: "^[A-Z]{3}$", description: "ISO code to convert from." },
      to: { type: "string", pattern: "^[A-Z]{3}$", description: "ISO code to convert to." },
    },
    required: ["amount", "from", "to"],
  }),
  () => ({
    properties: {
      date: { type: "string", format: "date", description: "Day in YYYY-MM-DD; today when left out." },
      region: { type: "string", enum: ["eu", "us", "asia"], description: "Region to cover." },
    },
    required: [],
  }),
  () => ({
    properties: {
      values: { type: "array", items: { type: "number" }, minItems: 1, description: "The numbers to use." },
      precise: { type: "boolean", default: false, description: "Keep every decimal." },
    },
    required: ["values"],
  }),
];

/**
 * A tool library for tests: `perCategory` tools in each of up to 6 categories, with realistic JSON Schemas;
 * every fourth tool (the third shape) has no required parameter.
 */
export function makeTools({
  categories = 6,
  perCategory = 10,
}: {
  categories?: number;
  perCategory?: number;
} = {}): CategorizedTool[] {
  return Object.entries(names)
    .slice(0, categories)
    .flatMap(([category, list]) =>
      Array.from({ length: perCategory }, (_, index) => {
        const base = list[index % list.length] as string;
        const name = index < list.length ? base : `${base}_${Math.floor(index / list.length)}`;
        const { properties, required } = (shapes[index % shapes.length] as (typeof shapes)[number])(name);
        const tool: Tool = {
          name: `${category.toLowerCase()}_${name}`,
          description: `${category} tool ${name.replaceAll("_", " ")}: returns what its name says for the given inputs.`,
          parameters: { type: "object", properties, required, additionalProperties: false },
          category,
        };
        return { tool, category };
      }),
    );
}
