import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatUtcInstant } from "../shared/format-utc-instant.js";
import { randomHex } from "../shared/random-hex.js";

const limits = {
  x: 280,
  threads: 500,
  instagram: 2200,
  linkedin: 3000,
  youtube: 5000,
} as const;
type Platform = keyof typeof limits;

interface Args {
  platform: Platform;
  text: string;
  publish_at: string;
  current_time: string;
  media_urls?: string[];
}

/** Queues a post for later publication and returns its schedule record. */
export const scheduleSocialPost = defineTool<Args>({
  name: "schedule_social_post",
  description:
    "Schedule a post for publication on a social platform at a future time. Checks that publish_at is at least 5 minutes and at most 90 days after current_time, that the text fits the platform's limit, and that Instagram and YouTube posts carry media; returns the schedule id, status and the delay in minutes.",
  category: "Social",
  simulated: {
    covers:
      "a scheduling queue that accepts valid requests and returns a confirmation; nothing is published, ids are deterministic for the same arguments and seed",
  },
  parameters: {
    type: "object",
    properties: {
      platform: { type: "string", enum: Object.keys(limits), description: "Where to publish." },
      text: { type: "string", minLength: 1, maxLength: 5000, description: "The post text or caption." },
      publish_at: {
        type: "string",
        format: "date-time",
        description: "When to publish, ISO 8601 with offset, e.g. '2024-06-03T09:00:00+02:00'.",
      },
      current_time: {
        type: "string",
        format: "date-time",
        description: "The current time, ISO 8601 with offset; the scheduler has no clock.",
      },
      media_urls: {
        type: "array",
        items: { type: "string", format: "uri" },
        maxItems: 10,
        default: [],
        description: "Images or videos to attach (up to 10). Default none.",
      },
    },
    required: ["platform", "text", "publish_at", "current_time"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      schedule_id: { type: "string", pattern: "^sch_[0-9a-f]{12}$" },
      status: { type: "string", enum: ["scheduled"] },
      platform: { type: "string" },
      publish_at_utc: { type: "string", format: "date-time" },
      minutes_until_publish: { type: "integer", minimum: 5 },
      media_count: { type: "integer", minimum: 0 },
    },
    required: ["schedule_id", "status", "platform", "publish_at_utc", "minutes_until_publish", "media_count"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        platform: "linkedin",
        text: "We are hiring two platform engineers in Copenhagen.",
        publish_at: "2024-06-03T09:00:00+02:00",
        current_time: "2024-06-01T18:30:00Z",
      },
      result: {
        schedule_id: "sch_d94e22a3151a",
        status: "scheduled",
        platform: "linkedin",
        publish_at_utc: "2024-06-03T07:00:00Z",
        minutes_until_publish: 2190,
        media_count: 0,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: {
        platform: "x",
        text: "Launch day!",
        publish_at: "2024-06-01T10:00:00Z",
        current_time: "2024-06-01T12:00:00Z",
      },
      error: "publish_at is 120 minutes before current_time",
    },
    {
      arguments: {
        platform: "instagram",
        text: "New drop",
        publish_at: "2024-06-02T10:00:00Z",
        current_time: "2024-06-01T12:00:00Z",
      },
      error: "instagram posts need at least one media_urls entry",
    },
    {
      arguments: {
        platform: "x",
        text: "x".repeat(300),
        publish_at: "2024-06-02T10:00:00Z",
        current_time: "2024-06-01T12:00:00Z",
      },
      error: "300 characters; x allows 280",
    },
  ],
  run: ({ platform, text, publish_at: publishAt, current_time: now, media_urls: media = [] }, { random }) => {
    const minutes = Math.round((Date.parse(publishAt) - Date.parse(now)) / 60_000);
    if (minutes < 5) {
      throw new ToolArgumentError({
        message:
          minutes < 0
            ? `publish_at is ${-minutes} minutes before current_time; choose a future time`
            : "publish_at must be at least 5 minutes after current_time",
        argument: "publish_at",
      });
    }
    if (minutes > 90 * 24 * 60) {
      throw new ToolArgumentError({
        message: "publish_at is more than 90 days ahead; posts can be scheduled up to 90 days in advance",
        argument: "publish_at",
      });
    }
    const length = [...text].length;
    if (length > limits[platform]) {
      throw new ToolArgumentError({
        message: `the text has ${length} characters; ${platform} allows ${limits[platform]}`,
        argument: "text",
      });
    }
    if ((platform === "instagram" || platform === "youtube") && media.length === 0) {
      throw new ToolArgumentError({
        message: `${platform} posts need at least one media_urls entry (an image or video)`,
        argument: "media_urls",
      });
    }
    const id = randomHex(random, 12);
    return {
      schedule_id: `sch_${id}`,
      status: "scheduled",
      platform,
      publish_at_utc: formatUtcInstant(Date.parse(publishAt), { milliseconds: "never" }),
      minutes_until_publish: minutes,
      media_count: media.length,
    };
  },
});
