import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { foldText } from "../shared/fold-text.js";
import { athletes } from "./data/athletes.js";

function ageOn(birth: string, date: string): number {
  const [by = 0, bm = 0, bd = 0] = birth.split("-").map(Number);
  const [y = 0, m = 0, d = 0] = date.split("-").map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Biographical profile of a well-known athlete. */
export const getAthleteProfile = defineTool<{ name: string; as_of_date?: string }>({
  name: "get_athlete_profile",
  description:
    "Look up a well-known athlete by name (accents and case ignored; a unique last name is enough). Returns the full name, sport, nationality, position or discipline, birth date, and the age on as_of_date when one is given.",
  category: "Sports",
  simulated: {
    covers:
      "32 well-known athletes across basketball, football, tennis, athletics, swimming, gymnastics, American football, baseball, ice hockey, Formula One, golf and cricket; real birth dates, nationalities and positions",
  },
  parameters: {
    type: "object",
    properties: {
      name: {
        type: "string",
        minLength: 3,
        maxLength: 80,
        description: 'Athlete name, e.g. "Serena Williams" or "Haaland".',
      },
      as_of_date: {
        type: "string",
        format: "date",
        description: "Date to compute the athlete's age on (YYYY-MM-DD); age is null when omitted.",
      },
    },
    required: ["name"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      name: { type: "string" },
      sport: { type: "string" },
      nationality: { type: "string" },
      position: { type: "string" },
      birth_date: { type: "string", format: "date" },
      age: { type: ["integer", "null"] },
    },
    required: ["name", "sport", "nationality", "position", "birth_date", "age"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { name: "Lionel Messi", as_of_date: "2024-06-23" },
      result: {
        name: "Lionel Messi",
        sport: "football",
        nationality: "Argentina",
        position: "Forward",
        birth_date: "1987-06-24",
        age: 36,
      },
    },
    {
      arguments: { name: "jokić" },
      result: {
        name: "Nikola Jokic",
        sport: "basketball",
        nationality: "Serbia",
        position: "Center",
        birth_date: "1995-02-19",
        age: null,
      },
    },
  ],
  invalidExamples: [
    { arguments: { name: "John Smith" }, error: "no athlete named 'John Smith'" },
    {
      arguments: { name: "Williams", as_of_date: "1970-01-01" },
      error: "as_of_date 1970-01-01 is before Serena Williams was born",
    },
    { arguments: { name: "Curry", as_of_date: "March 3" }, error: '$.as_of_date must match format "date"' },
  ],
  run: ({ name, as_of_date }) => {
    const wanted = foldText(name);
    const matches = athletes.filter((athlete) => {
      const full = foldText(athlete.name);
      return full === wanted || full.split(" ").includes(wanted);
    });
    const athlete = matches[0];
    if (athlete === undefined || matches.length > 1) {
      throw new ToolArgumentError({
        message:
          matches.length > 1
            ? `'${name}' matches several athletes (${matches.map((match) => match.name).join(", ")}); give the full name`
            : `no athlete named '${name}'; known athletes include LeBron James, Lionel Messi, Serena Williams, Usain Bolt, Shohei Ohtani, Lewis Hamilton`,
        argument: "name",
      });
    }
    if (as_of_date !== undefined && as_of_date < athlete.birth_date) {
      throw new ToolArgumentError({
        message: `as_of_date ${as_of_date} is before ${athlete.name} was born (${athlete.birth_date})`,
        argument: "as_of_date",
      });
    }
    return { ...athlete, age: as_of_date === undefined ? null : ageOn(athlete.birth_date, as_of_date) };
  },
});
