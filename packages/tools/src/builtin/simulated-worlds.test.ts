import type { JsonObject, JsonValue } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { createArgumentValidator } from "../validation/create-argument-validator.js";
import { findBuiltinTool } from "./builtin-tools.js";
import { runBuiltinTool } from "./run-builtin-tool.js";

const validator = createArgumentValidator({ strict: true });

type Row = Record<string, JsonValue>;

async function call(name: string, args: JsonObject, seed = 7): Promise<Row> {
  const tool = findBuiltinTool(name);
  if (tool === undefined) {
    throw new TypeError(`no built-in tool named ${name}`);
  }
  const outcome = await runBuiltinTool({ tool, arguments: args, validator, seed });
  if (outcome.status !== "ok") {
    throw new Error(`${name} failed: ${outcome.message}`);
  }
  return outcome.output as Row;
}

function list(output: Row, key: string): Row[] {
  return output[key] as Row[];
}

describe("simulated services keep one world across display and filter arguments", () => {
  it("get_league_standings: the top 3 are the first 3 rows of the top 4, and a conference is a slice of the table", async () => {
    const top3 = await call("get_league_standings", { league: "premier_league", top_n: 3 });
    const top4 = await call("get_league_standings", { league: "premier_league", top_n: 4 });
    expect(list(top3, "standings")).toEqual(list(top4, "standings").slice(0, 3));
    const nba = await call("get_league_standings", { league: "nba" });
    const west = await call("get_league_standings", { league: "nba", conference: "Western" });
    expect(list(west, "standings")).toEqual(
      list(nba, "standings").filter((row) => row.conference === "Western"),
    );
  });

  it("get_match_result: a team named or given by code plays the same game", async () => {
    const named = await call("get_match_result", {
      league: "premier_league",
      home_team: "Liverpool",
      away_team: "Chelsea",
      date: "2024-10-20",
    });
    const coded = await call("get_match_result", {
      league: "premier_league",
      home_team: "LIV",
      away_team: "CHE",
      date: "2024-10-20",
    });
    expect(coded).toEqual(named);
  });

  it("get_team_schedule: fewer games are the first fixtures of the same list", async () => {
    const three = await call("get_team_schedule", {
      league: "nba",
      team: "BOS",
      from_date: "2024-11-04",
      games: 3,
    });
    const six = await call("get_team_schedule", {
      league: "nba",
      team: "BOS",
      from_date: "2024-11-04",
      games: 6,
    });
    expect(list(three, "fixtures")).toEqual(list(six, "fixtures").slice(0, 3));
  });

  it("get_stock_price_history: overlapping ranges agree on every shared day", async () => {
    const march = await call("get_stock_price_history", {
      symbol: "MSFT",
      start_date: "2024-03-01",
      end_date: "2024-03-15",
    });
    const later = await call("get_stock_price_history", {
      symbol: "MSFT",
      start_date: "2024-03-11",
      end_date: "2024-03-29",
    });
    const shared = list(later, "bars").filter((bar) => String(bar.date) <= "2024-03-15");
    expect(shared).toHaveLength(5);
    expect(list(march, "bars").slice(-5)).toEqual(shared);
  });

  it("get_air_quality: a city's readings do not depend on how its name is spelled", async () => {
    expect(await call("get_air_quality", { city: "delhi", date: "2024-11-05" })).toEqual(
      await call("get_air_quality", { city: "Delhi", date: "2024-11-05" }),
    );
  });

  it("search_flights: sorting, result counts and stop limits only reorder and filter the day's flights", async () => {
    const route = { origin: "SFO", destination: "NRT", departure_date: "2024-09-10" };
    const byPrice = await call("search_flights", { ...route, max_results: 8 });
    const byDeparture = await call("search_flights", { ...route, max_results: 8, sort_by: "departure" });
    const key = (offer: Row) => (offer.flight_numbers as string[]).join("+");
    expect(list(byDeparture, "offers").map(key).sort()).toEqual(list(byPrice, "offers").map(key).sort());
    const nonStop = await call("search_flights", { ...route, max_results: 8, max_stops: 0 });
    expect(list(nonStop, "offers")).toEqual(list(byPrice, "offers").filter((offer) => offer.stops === 0));
  });

  it("search_hotels: sorting and star filters only reorder and filter the same hotels", async () => {
    const stay = { city: "Lisbon", check_in: "2024-06-10", check_out: "2024-06-13" };
    const starsFirst = await call("search_hotels", { ...stay, sort_by: "stars" });
    const fourStars = await call("search_hotels", { ...stay, min_stars: 4, sort_by: "stars" });
    expect(list(fourStars, "hotels")).toEqual(
      list(starsFirst, "hotels").filter((hotel) => Number(hotel.stars) >= 4),
    );
    const byRating = await call("search_hotels", { ...stay, sort_by: "rating", guests: 1 });
    const shared = list(byRating, "hotels").filter((hotel) =>
      list(starsFirst, "hotels").some((other) => other.name === hotel.name),
    );
    expect(shared.length).toBeGreaterThan(0);
    for (const hotel of shared) {
      expect(list(starsFirst, "hotels")).toContainEqual(hotel);
    }
  });

  it("get_music_chart: any day of a week gives that week's chart, and a shorter chart is its top", async () => {
    const monday = await call("get_music_chart", { week_of: "2024-03-11", limit: 5 });
    const friday = await call("get_music_chart", { week_of: "2024-03-15", limit: 3 });
    expect(list(friday, "entries")).toEqual(list(monday, "entries").slice(0, 3));
  });

  it("get_podcast_episodes: feeds read on different dates agree on the episodes both list", async () => {
    const earlier = await call("get_podcast_episodes", {
      podcast: "radiolab",
      as_of: "2024-03-01",
      limit: 6,
    });
    const later = await call("get_podcast_episodes", { podcast: "radiolab", as_of: "2024-03-20", limit: 10 });
    const shared = list(later, "episodes").filter((episode) =>
      list(earlier, "episodes").some((other) => other.episode_number === episode.episode_number),
    );
    expect(shared.length).toBeGreaterThan(0);
    expect(list(earlier, "episodes").slice(0, shared.length)).toEqual(shared);
  });

  it("get_inbox_messages, get_user_recent_posts and get_trending_hashtags: a lower limit shows the first items", async () => {
    const inbox = (limit: number) => call("get_inbox_messages", { as_of: "2024-05-20T18:00:00Z", limit });
    expect(list(await inbox(2), "messages")).toEqual(list(await inbox(4), "messages").slice(0, 2));
    const posts = (limit: number) =>
      call("get_user_recent_posts", { username: "astro_amara", platform: "x", as_of: "2024-05-20", limit });
    expect(list(await posts(2), "posts")).toEqual(list(await posts(4), "posts").slice(0, 2));
    const trends = (limit: number) =>
      call("get_trending_hashtags", { platform: "instagram", date: "2024-06-01", limit });
    expect(list(await trends(3), "trends")).toEqual(list(await trends(6), "trends").slice(0, 3));
  });

  it("get_follower_growth: a later start date shows the same counts on the days both cover", async () => {
    const account = { username: "gigglesquad", platform: "tiktok", end_date: "2024-01-29" };
    const daily = await call("get_follower_growth", {
      ...account,
      start_date: "2024-01-01",
      interval: "day",
    });
    const weekly = await call("get_follower_growth", {
      ...account,
      start_date: "2024-01-15",
      interval: "week",
    });
    const byDate = new Map(list(daily, "series").map((point) => [point.date, point.followers]));
    for (const point of list(weekly, "series")) {
      expect(point.followers).toBe(byDate.get(point.date));
    }
  });

  it("get_product_details and get_movie_showtimes: a postal code or a format does not change stock or screenings", async () => {
    const plain = await call("get_product_details", { product_id: "P1011" });
    const delivered = await call("get_product_details", { product_id: "P1011", postal_code: "94105" });
    expect(delivered.in_stock).toBe(plain.in_stock);
    const showing = { title: "Dune", city: "London", date: "2024-03-08" };
    const all = await call("get_movie_showtimes", showing);
    const imax = await call("get_movie_showtimes", { ...showing, format: "IMAX" });
    const only = (cinemas: Row[]) =>
      cinemas
        .map((cinema) => ({
          ...cinema,
          screenings: (cinema.screenings as Row[]).filter((screening) => screening.format === "IMAX"),
        }))
        .filter((cinema) => cinema.screenings.length > 0);
    expect(list(imax, "cinemas")).toEqual(only(list(all, "cinemas")));
  });

  it("a different seed gives a different world", async () => {
    const seven = await call("get_league_standings", { league: "premier_league" }, 7);
    const eight = await call("get_league_standings", { league: "premier_league" }, 8);
    expect(seven).not.toEqual(eight);
  });
});
