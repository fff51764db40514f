import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { percentage } from "../shared/percentage.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  sent: number;
  bounced: number;
  unique_opens: number;
  unique_clicks: number;
  unsubscribes?: number;
  spam_complaints?: number;
  conversions?: number;
  revenue?: number;
}

const count = (description: string) => ({ type: "integer", minimum: 0, description });

/** Standard email marketing rates. */
export const calculateEmailCampaignMetrics = defineTool<Args>({
  name: "calculate_email_campaign_metrics",
  description:
    "Compute the standard performance rates of an email campaign from its raw counts: delivery, bounce, open, click, click-to-open, unsubscribe, complaint and conversion rates (percent, 2 decimals; open, click, unsubscribe, complaint and conversion rates are per delivered email) and revenue per delivered email.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      sent: { type: "integer", minimum: 1, description: "Emails sent." },
      bounced: count("Emails that bounced (hard and soft)."),
      unique_opens: count("Recipients who opened at least once."),
      unique_clicks: count("Recipients who clicked at least once."),
      unsubscribes: { ...count("Recipients who unsubscribed."), default: 0 },
      spam_complaints: { ...count("Recipients who marked the email as spam."), default: 0 },
      conversions: { ...count("Recipients who completed the goal (purchase, sign-up)."), default: 0 },
      revenue: { type: "number", minimum: 0, default: 0, description: "Revenue attributed to the campaign." },
    },
    required: ["sent", "bounced", "unique_opens", "unique_clicks"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      delivered: { type: "integer" },
      delivery_rate: { type: "number" },
      bounce_rate: { type: "number" },
      open_rate: { type: "number" },
      click_rate: { type: "number" },
      click_to_open_rate: { type: "number" },
      unsubscribe_rate: { type: "number" },
      complaint_rate: { type: "number" },
      conversion_rate: { type: "number" },
      revenue_per_email: { type: "number" },
    },
    required: [
      "delivered",
      "delivery_rate",
      "bounce_rate",
      "open_rate",
      "click_rate",
      "click_to_open_rate",
      "unsubscribe_rate",
      "complaint_rate",
      "conversion_rate",
      "revenue_per_email",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {
        sent: 10000,
        bounced: 200,
        unique_opens: 2450,
        unique_clicks: 392,
        unsubscribes: 18,
        spam_complaints: 2,
        conversions: 49,
        revenue: 3675,
      },
      result: {
        delivered: 9800,
        delivery_rate: 98,
        bounce_rate: 2,
        open_rate: 25,
        click_rate: 4,
        click_to_open_rate: 16,
        unsubscribe_rate: 0.18,
        complaint_rate: 0.02,
        conversion_rate: 0.5,
        revenue_per_email: 0.38,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { sent: 1000, bounced: 10, unique_opens: 200, unique_clicks: 250 },
      error: "unique_clicks (250) cannot exceed unique_opens (200)",
    },
    {
      arguments: { sent: 100, bounced: 120, unique_opens: 0, unique_clicks: 0 },
      error: "bounced (120) cannot exceed sent (100)",
    },
    { arguments: { sent: 0, bounced: 0, unique_opens: 0, unique_clicks: 0 }, error: "$.sent must be >= 1" },
  ],
  run: ({
    sent,
    bounced,
    unique_opens,
    unique_clicks,
    unsubscribes = 0,
    spam_complaints = 0,
    conversions = 0,
    revenue = 0,
  }) => {
    const fail = (message: string, argument: string) => {
      throw new ToolArgumentError({ message, argument });
    };
    if (bounced > sent) {
      fail(`bounced (${bounced}) cannot exceed sent (${sent})`, "bounced");
    }
    const delivered = sent - bounced;
    if (unique_opens > delivered) {
      fail(`unique_opens (${unique_opens}) cannot exceed delivered emails (${delivered})`, "unique_opens");
    }
    if (unique_clicks > unique_opens) {
      fail(
        `unique_clicks (${unique_clicks}) cannot exceed unique_opens (${unique_opens}): a click implies an open`,
        "unique_clicks",
      );
    }
    return {
      delivered,
      delivery_rate: percentage(delivered, sent),
      bounce_rate: percentage(bounced, sent),
      open_rate: percentage(unique_opens, delivered),
      click_rate: percentage(unique_clicks, delivered),
      click_to_open_rate: percentage(unique_clicks, unique_opens),
      unsubscribe_rate: percentage(unsubscribes, delivered),
      complaint_rate: percentage(spam_complaints, delivered),
      conversion_rate: percentage(conversions, delivered),
      revenue_per_email: delivered === 0 ? 0 : roundTo(revenue / delivered, 2),
    };
  },
});
