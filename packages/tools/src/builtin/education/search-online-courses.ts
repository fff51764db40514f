import { defineTool } from "../define-tool.js";
import { courseSubjects, courses } from "./data/courses.js";

interface Args {
  subject?: string;
  level?: "beginner" | "intermediate" | "advanced";
  max_price_usd?: number;
  language?: string;
  certificate_required?: boolean;
  max_hours_per_week?: number;
  limit?: number;
}

/** Online courses matching filters, best rated first. */
export const searchOnlineCourses = defineTool<Args>({
  name: "search_online_courses",
  description:
    "Search an online course catalogue by subject, level, maximum price, teaching language, certificate availability and weekly workload. Returns matching courses (id, title, provider, level, length in weeks, hours per week, price in USD with 0 meaning free, rating) sorted by rating, best first.",
  category: "Education",
  parameters: {
    type: "object",
    properties: {
      subject: { type: "string", enum: courseSubjects, description: "Subject area." },
      level: { type: "string", enum: ["beginner", "intermediate", "advanced"], description: "Course level." },
      max_price_usd: {
        type: "number",
        minimum: 0,
        description: "Highest price in USD; 0 for free courses only.",
      },
      language: {
        type: "string",
        enum: ["en", "es", "fr", "de"],
        description: "Teaching language (ISO 639-1).",
      },
      certificate_required: {
        type: "boolean",
        default: false,
        description: "Only courses that award a certificate.",
      },
      max_hours_per_week: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 40,
        description: "Highest weekly workload in hours.",
      },
      limit: {
        type: "integer",
        minimum: 1,
        maximum: 25,
        default: 5,
        description: "Maximum number of courses returned.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      total_matches: { type: "integer", minimum: 0 },
      courses: {
        type: "array",
        items: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            provider: { type: "string" },
            level: { type: "string" },
            weeks: { type: "integer" },
            hours_per_week: { type: "number" },
            price_usd: { type: "number" },
            rating: { type: "number" },
          },
          required: ["id", "title", "provider", "level", "weeks", "hours_per_week", "price_usd", "rating"],
          additionalProperties: false,
        },
      },
    },
    required: ["total_matches", "courses"],
    additionalProperties: false,
  },
  simulated: {
    covers:
      "A fictional catalogue of 24 online courses (invented providers) in 8 subjects and 4 languages; static data.",
  },
  examples: [
    {
      arguments: { subject: "data_science", max_price_usd: 100, limit: 3 },
      result: {
        total_matches: 3,
        courses: [
          {
            id: "C105",
            title: "Machine Learning: From Regression to Neural Networks",
            provider: "Summit Learning",
            level: "intermediate",
            weeks: 11,
            hours_per_week: 7,
            price_usd: 79,
            rating: 4.8,
          },
          {
            id: "C106",
            title: "SQL for Data Analysis",
            provider: "Summit Learning",
            level: "beginner",
            weeks: 4,
            hours_per_week: 4,
            price_usd: 0,
            rating: 4.6,
          },
          {
            id: "C108",
            title: "Statistics with R",
            provider: "Academia Abierta",
            level: "intermediate",
            weeks: 7,
            hours_per_week: 5,
            price_usd: 29,
            rating: 4.3,
          },
        ],
      },
    },
    {
      arguments: { max_price_usd: 0, level: "beginner", certificate_required: true, max_hours_per_week: 4 },
      result: {
        total_matches: 2,
        courses: [
          {
            id: "C120",
            title: "Introduction to Astronomy",
            provider: "Open Campus",
            level: "beginner",
            weeks: 5,
            hours_per_week: 3,
            price_usd: 0,
            rating: 4.8,
          },
          {
            id: "C124",
            title: "Introduction to Philosophy",
            provider: "Open Campus",
            level: "beginner",
            weeks: 7,
            hours_per_week: 3,
            price_usd: 0,
            rating: 4.6,
          },
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { subject: "cooking" }, error: "$.subject must be one of" },
    { arguments: { language: "english" }, error: "$.language must be one of" },
  ],
  run: ({
    subject,
    level,
    max_price_usd,
    language,
    certificate_required = false,
    max_hours_per_week,
    limit = 5,
  }) => {
    const matches = courses
      .filter((item) => subject === undefined || item.subject === subject)
      .filter((item) => level === undefined || item.level === level)
      .filter((item) => max_price_usd === undefined || item.price_usd <= max_price_usd)
      .filter((item) => language === undefined || item.language === language)
      .filter((item) => !certificate_required || item.certificate)
      .filter((item) => max_hours_per_week === undefined || item.hours_per_week <= max_hours_per_week)
      .sort((a, b) => b.rating - a.rating || a.id.localeCompare(b.id));
    return {
      total_matches: matches.length,
      courses: matches
        .slice(0, limit)
        .map(({ id, title, provider, level: kind, weeks, hours_per_week, price_usd, rating }) => ({
          id,
          title,
          provider,
          level: kind,
          weeks,
          hours_per_week,
          price_usd,
          rating,
        })),
    };
  },
});
