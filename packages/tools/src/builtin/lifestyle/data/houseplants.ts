/** Care facts of a common houseplant. */
export interface Houseplant {
  name: string;
  botanicalName: string;
  /** Typical days between waterings indoors in the growing season (spring and summer). */
  wateringIntervalDays: number;
  light: "low" | "medium" | "bright indirect" | "bright direct";
  humidity: "low" | "medium" | "high";
  /** Toxic to cats and dogs per the ASPCA plant list. */
  toxicToPets: boolean;
}

/** 20 common houseplants; watering intervals are typical indoor guidance, toxicity per the ASPCA list. */
export const houseplants: readonly Houseplant[] = [
  {
    name: "pothos",
    botanicalName: "Epipremnum aureum",
    wateringIntervalDays: 7,
    light: "medium",
    humidity: "medium",
    toxicToPets: true,
  },
  {
    name: "snake plant",
    botanicalName: "Dracaena trifasciata",
    wateringIntervalDays: 14,
    light: "low",
    humidity: "low",
    toxicToPets: true,
  },
  {
    name: "spider plant",
    botanicalName: "Chlorophytum comosum",
    wateringIntervalDays: 7,
    light: "bright indirect",
    humidity: "medium",
    toxicToPets: false,
  },
  {
    name: "zz plant",
    botanicalName: "Zamioculcas zamiifolia",
    wateringIntervalDays: 14,
    light: "low",
    humidity: "low",
    toxicToPets: true,
  },
  {
    name: "peace lily",
    botanicalName: "Spathiphyllum wallisii",
    wateringIntervalDays: 5,
    light: "low",
    humidity: "high",
    toxicToPets: true,
  },
  {
    name: "monstera",
    botanicalName: "Monstera deliciosa",
    wateringIntervalDays: 7,
    light: "bright indirect",
    humidity: "high",
    toxicToPets: true,
  },
  {
    name: "fiddle leaf fig",
    botanicalName: "Ficus lyrata",
    wateringIntervalDays: 7,
    light: "bright indirect",
    humidity: "medium",
    toxicToPets: true,
  },
  {
    name: "rubber plant",
    botanicalName: "Ficus elastica",
    wateringIntervalDays: 10,
    light: "bright indirect",
    humidity: "medium",
    toxicToPets: true,
  },
  {
    name: "aloe vera",
    botanicalName: "Aloe vera",
    wateringIntervalDays: 21,
    light: "bright direct",
    humidity: "low",
    toxicToPets: true,
  },
  {
    name: "jade plant",
    botanicalName: "Crassula ovata",
    wateringIntervalDays: 14,
    light: "bright direct",
    humidity: "low",
    toxicToPets: true,
  },
  {
    name: "boston fern",
    botanicalName: "Nephrolepis exaltata",
    wateringIntervalDays: 3,
    light: "bright indirect",
    humidity: "high",
    toxicToPets: false,
  },
  {
    name: "calathea",
    botanicalName: "Goeppertia spp.",
    wateringIntervalDays: 5,
    light: "medium",
    humidity: "high",
    toxicToPets: false,
  },
  {
    name: "prayer plant",
    botanicalName: "Maranta leuconeura",
    wateringIntervalDays: 5,
    light: "medium",
    humidity: "high",
    toxicToPets: false,
  },
  {
    name: "parlor palm",
    botanicalName: "Chamaedorea elegans",
    wateringIntervalDays: 7,
    light: "low",
    humidity: "medium",
    toxicToPets: false,
  },
  {
    name: "african violet",
    botanicalName: "Streptocarpus sect. Saintpaulia",
    wateringIntervalDays: 5,
    light: "bright indirect",
    humidity: "medium",
    toxicToPets: false,
  },
  {
    name: "phalaenopsis orchid",
    botanicalName: "Phalaenopsis spp.",
    wateringIntervalDays: 7,
    light: "bright indirect",
    humidity: "high",
    toxicToPets: false,
  },
  {
    name: "english ivy",
    botanicalName: "Hedera helix",
    wateringIntervalDays: 7,
    light: "medium",
    humidity: "medium",
    toxicToPets: true,
  },
  {
    name: "chinese money plant",
    botanicalName: "Pilea peperomioides",
    wateringIntervalDays: 7,
    light: "bright indirect",
    humidity: "medium",
    toxicToPets: false,
  },
  {
    name: "heartleaf philodendron",
    botanicalName: "Philodendron hederaceum",
    wateringIntervalDays: 7,
    light: "medium",
    humidity: "medium",
    toxicToPets: true,
  },
  {
    name: "cast iron plant",
    botanicalName: "Aspidistra elatior",
    wateringIntervalDays: 14,
    light: "low",
    humidity: "low",
    toxicToPets: false,
  },
];
