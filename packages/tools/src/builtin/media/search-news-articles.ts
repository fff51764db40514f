import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { type NewsCategory, newsArticles, newsCategories } from "./data/articles.js";

interface Args {
  query?: string;
  category?: NewsCategory;
  from_date?: string;
  to_date?: string;
  sort_by?: "newest" | "oldest" | "relevance";
  limit?: number;
}

/** Searches a news archive by keyword, category and date range. */
export const searchNewsArticles = defineTool<Args>({
  name: "search_news_articles",
  description:
    "Search a news archive by keyword, category and publication date range. Returns the number of matches and the matching articles (id, title, source, author, category, country, publication time, summary), sorted newest first, oldest first or by relevance (keyword hits in title count double).",
  category: "Media",
  simulated: {
    covers:
      "a fixed archive of 24 fictional articles from fictional outlets, published January-October 2024, in 8 categories",
  },
  parameters: {
    type: "object",
    properties: {
      query: {
        type: "string",
        minLength: 2,
        maxLength: 100,
        description:
          "Keywords; an article matches when it contains any of them (case-insensitive); omit to match every article.",
      },
      category: { type: "string", enum: [...newsCategories], description: "Only articles of this category." },
      from_date: {
        type: "string",
        format: "date",
        description: "Earliest publication date (YYYY-MM-DD), inclusive; omit for no lower bound.",
      },
      to_date: {
        type: "string",
        format: "date",
        description: "Latest publication date (YYYY-MM-DD), inclusive; omit for no upper bound.",
      },
      sort_by: {
        type: "string",
        enum: ["newest", "oldest", "relevance"],
        default: "newest",
        description: "Result order. Default 'newest'; 'relevance' needs a query.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 24,
        default: 5,
        description: "Most articles returned (1-24). Default 5.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_results: { type: "integer", minimum: 0 },
      articles: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            source: { type: "string" },
            author: { type: "string" },
            category: { type: "string", enum: [...newsCategories] },
            country: { type: "string", pattern: "^[A-Z]{2}$" },
            published_at: { type: "string", format: "date-time" },
            summary: { type: "string" },
          },
          required: ["id", "title", "source", "author", "category", "country", "published_at", "summary"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_results", "articles"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        query: "battery chip",
        category: "technology",
        to_date: "2024-04-30",
        sort_by: "oldest",
        limit: 1,
      },
      result: {
        total_results: 2,
        articles: [
          {
            id: "n-1001",
            title: "Chipmakers race to expand advanced packaging capacity",
            source: "Harbor City Ledger",
            author: "Priya Raman",
            category: "technology",
            country: "US",
            published_at: "2024-01-08T07:30:00Z",
            summary:
              "Three manufacturers announced new plants for stacking chips, citing demand from AI data centres.",
          },
        ],
      },
    },
    {
      arguments: { category: "climate", from_date: "2024-06-01" },
      result: {
        total_results: 1,
        articles: [
          {
            id: "n-1019",
            title: "Heat dome pushes power demand to new summer high",
            source: "The Northern Courier",
            author: "Nora Quinn",
            category: "climate",
            country: "US",
            published_at: "2024-06-25T16:00:00Z",
            summary:
              "Grid operators asked customers to cut use during peak hours as temperatures topped 40 °C.",
          },
        ],
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { from_date: "2024-06-01", to_date: "2024-05-01" },
      error: "to_date 2024-05-01 is before from_date 2024-06-01",
    },
    { arguments: { sort_by: "relevance" }, error: "sort_by 'relevance' needs a query" },
    { arguments: { category: "politics" }, error: "$.category must be one of" },
  ],
  run: ({ query, category, from_date: from, to_date: to, sort_by: sortBy = "newest", limit = 5 }) => {
    if (from !== undefined && to !== undefined && to < from) {
      throw new ToolArgumentError({
        message: `to_date ${to} is before from_date ${from}`,
        argument: "to_date",
      });
    }
    if (sortBy === "relevance" && query === undefined) {
      throw new ToolArgumentError({
        message: "sort_by 'relevance' needs a query; use 'newest' or 'oldest' without one",
        argument: "sort_by",
      });
    }
    const terms = (query ?? "")
      .toLowerCase()
      .split(/\s+/)
      .filter((t) => t.length > 1);
    const scored = newsArticles
      .map((article) => {
        const title = article.title.toLowerCase();
        const body = article.summary.toLowerCase();
        const score = terms.reduce(
          (sum, t) => sum + (title.includes(t) ? 2 : 0) + (body.includes(t) ? 1 : 0),
          0,
        );
        return { article, score };
      })
      .filter(({ article, score }) => {
        const day = article.published_at.slice(0, 10);
        return (
          (terms.length === 0 || score > 0) &&
          (category === undefined || article.category === category) &&
          (from === undefined || day >= from) &&
          (to === undefined || day <= to)
        );
      });
    scored.sort((x, y) =>
      sortBy === "relevance"
        ? y.score - x.score || y.article.published_at.localeCompare(x.article.published_at)
        : sortBy === "oldest"
          ? x.article.published_at.localeCompare(y.article.published_at)
          : y.article.published_at.localeCompare(x.article.published_at),
    );
    return {
      total_results: scored.length,
      articles: scored.slice(0, limit).map(({ article }) => ({ ...article })),
    };
  },
});
