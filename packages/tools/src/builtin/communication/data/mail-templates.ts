/** Sender name, address, subject and snippet of the synthetic mailbox's kinds of message. */
export const mailTemplates = [
  [
    "Priya Natarajan",
    "priya.natarajan@example.com",
    "Re: Project timeline",
    "Thanks, the revised dates work for us. Can we lock the milestones on Friday?",
  ],
  [
    "Acme Billing",
    "billing@acme.example",
    "Invoice #{n} is ready",
    "Your invoice for this month is available. Amount due within 30 days.",
  ],
  [
    "Travel Desk",
    "bookings@travel.example",
    "Your flight confirmation",
    "Booking reference {code}. Check-in opens 24 hours before departure.",
  ],
  [
    "GitHub",
    "notifications@github.example",
    "[webapp] Review requested on pull request #{n}",
    "You were asked to review a pull request with 12 changed files.",
  ],
  [
    "Lukas Becker",
    "lukas.becker@example.de",
    "Lunch next week?",
    "Are you free on Tuesday or Wednesday? There is a new place near the office.",
  ],
  [
    "HR Team",
    "hr@company.example",
    "Reminder: benefits enrolment closes soon",
    "Please complete your selections in the HR portal.",
  ],
  [
    "Aiko Tanaka",
    "aiko.tanaka@example.jp",
    "Meeting notes from today",
    "Attached are the notes and action items from this morning's call.",
  ],
  [
    "Carlos Mendes",
    "carlos.mendes@example.com.br",
    "Quick question about the report",
    "In table 3, are the figures in thousands or millions?",
  ],
] as const;
