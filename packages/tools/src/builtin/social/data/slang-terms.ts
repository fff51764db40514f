/** Slang and internet terms with a short definition and an example, written for this library. */
export const slangTerms: Readonly<Record<string, { definition: string; example: string }>> = {
  lit: {
    definition: "Exciting, excellent or full of energy; also, drunk.",
    example: "That concert was lit.",
  },
  flex: {
    definition: "To show off something you have or did.",
    example: "He posted his new car just to flex.",
  },
  savage: {
    definition: "Brutally honest or bold in a way that is impressive; a harsh but clever remark.",
    example: "Her comeback was savage.",
  },
  yolo: {
    definition: "You only live once: a reason given for doing something risky or impulsive.",
    example: "Booked a last-minute flight to Lisbon, yolo.",
  },
  bitcoin: {
    definition: "The first decentralised cryptocurrency; in slang, anything hyped whose value swings wildly.",
    example: "My sneaker collection is basically bitcoin now.",
  },
  "hello world": {
    definition:
      "The first program a beginner writes, printing 'Hello, World!'; by extension, any first attempt.",
    example: "This blog post is my hello world.",
  },
  goat: { definition: "Greatest of all time.", example: "In chess, many call him the GOAT." },
  sus: { definition: "Suspicious or questionable.", example: "Leaving the meeting that early was sus." },
  ghosting: {
    definition: "Ending contact with someone suddenly and without explanation.",
    example: "We had three dates, then he started ghosting me.",
  },
  salty: {
    definition: "Bitter or upset over something minor.",
    example: "He is still salty about losing at cards.",
  },
  fomo: { definition: "Fear of missing out.", example: "I only went because of FOMO." },
  stan: {
    definition: "An extremely devoted fan; to support someone or something enthusiastically.",
    example: "I stan this band.",
  },
  slay: { definition: "To do something exceptionally well.", example: "She slayed that presentation." },
  "no cap": {
    definition: "No lie; said to stress that something is true.",
    example: "Best pizza in town, no cap.",
  },
  rizz: {
    definition: "Charm, especially the ability to attract a romantic partner.",
    example: "He has unreal rizz.",
  },
  vibe: {
    definition: "The mood or feeling of a person, place or thing.",
    example: "This cafe has a good vibe.",
  },
};
