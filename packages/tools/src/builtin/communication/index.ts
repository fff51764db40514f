import type { BuiltinTool } from "../define-tool.js";
import { calculateEmailCampaignMetrics } from "./calculate-email-campaign-metrics.js";
import { countSmsSegments } from "./count-sms-segments.js";
import { findMeetingTimeSlots } from "./find-meeting-time-slots.js";
import { formatPhoneNumber } from "./format-phone-number.js";
import { generateCalendarInvite } from "./generate-calendar-invite.js";
import { getInboxMessages } from "./get-inbox-messages.js";
import { renderMessageTemplate } from "./render-message-template.js";
import { sendEmail } from "./send-email.js";
import { sendSms } from "./send-sms.js";
import { validateEmailAddress } from "./validate-email-address.js";

/** Built-in tools of the Communication category. */
export const communicationTools: readonly BuiltinTool[] = [
  sendEmail,
  getInboxMessages,
  sendSms,
  countSmsSegments,
  validateEmailAddress,
  formatPhoneNumber,
  findMeetingTimeSlots,
  renderMessageTemplate,
  generateCalendarInvite,
  calculateEmailCampaignMetrics,
];
