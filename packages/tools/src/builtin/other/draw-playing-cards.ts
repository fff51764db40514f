import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";

const ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"];
const suits = [
  ["spades", "♠"],
  ["hearts", "♥"],
  ["diamonds", "♦"],
  ["clubs", "♣"],
] as const;

/** Cards dealt from freshly shuffled decks. */
export const drawPlayingCards = defineTool<{
  count: number;
  decks?: number;
  include_jokers?: boolean;
  hands?: number;
}>({
  name: "draw_playing_cards",
  description:
    "Shuffle one or more standard 52-card decks (optionally with two jokers each) and deal cards into one or more hands. Returns each hand's cards with rank, suit and a short code like 'Q♥', and the number of cards left in the shoe; reproducible for the same seed and arguments.",
  category: "Other",
  parameters: {
    type: "object",
    properties: {
      count: { type: "integer", minimum: 1, maximum: 52, description: "Cards to deal to each hand." },
      hands: {
        type: "integer",
        minimum: 1,
        maximum: 10,
        default: 1,
        description: "Number of hands (players). Default 1.",
      },
      decks: {
        type: "integer",
        minimum: 1,
        maximum: 8,
        default: 1,
        description: "Decks shuffled together. Default 1.",
      },
      include_jokers: {
        type: "boolean",
        default: false,
        description: "Add two jokers per deck. Default false.",
      },
    },
    required: ["count"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      hands: {
        type: "array",
        items: {
          type: "array",
          items: {
            type: "object",
            properties: {
              rank: { type: "string", enum: [...ranks, "Joker"] },
              suit: { type: ["string", "null"], enum: ["spades", "hearts", "diamonds", "clubs", null] },
              code: { type: "string" },
            },
            required: ["rank", "suit", "code"],
            additionalProperties: false,
          },
        },
      },
      cards_remaining: { type: "integer", minimum: 0 },
    },
    required: ["hands", "cards_remaining"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { count: 2, hands: 2 },
      result: {
        hands: [
          [
            { rank: "9", suit: "diamonds", code: "9♦" },
            { rank: "7", suit: "hearts", code: "7♥" },
          ],
          [
            { rank: "Q", suit: "clubs", code: "Q♣" },
            { rank: "9", suit: "spades", code: "9♠" },
          ],
        ],
        cards_remaining: 48,
      },
    },
  ],
  invalidExamples: [
    { arguments: { count: 27, hands: 2 }, error: "54 cards are needed but 1 deck holds 52" },
    { arguments: { count: 0 }, error: "$.count must be >= 1" },
  ],
  run: ({ count, hands = 1, decks = 1, include_jokers = false }, { random }) => {
    const shoe: { rank: string; suit: string | null; code: string }[] = [];
    for (let deck = 0; deck < decks; deck += 1) {
      for (const [suit, symbol] of suits) {
        for (const rank of ranks) {
          shoe.push({ rank, suit, code: `${rank}${symbol}` });
        }
      }
      if (include_jokers) {
        shoe.push({ rank: "Joker", suit: null, code: "JOKER" }, { rank: "Joker", suit: null, code: "JOKER" });
      }
    }
    const needed = count * hands;
    if (needed > shoe.length) {
      throw new ToolArgumentError({
        message: `${needed} cards are needed but ${decks} deck${decks > 1 ? "s" : ""} hold${decks > 1 ? "" : "s"} ${shoe.length}; deal fewer cards or add decks`,
        argument: "count",
      });
    }
    const shuffled = random.shuffle(shoe);
    return {
      hands: Array.from({ length: hands }, (_, hand) =>
        Array.from(
          { length: count },
          (_, card) => shuffled[card * hands + hand] ?? { rank: "Joker", suit: null, code: "JOKER" },
        ),
      ),
      cards_remaining: shoe.length - needed,
    };
  },
});
