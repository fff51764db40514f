import { defineTool } from "../define-tool.js";

/** Final velocity under constant acceleration (BFCL's `calculate_final_velocity`). */
export const calculateFinalVelocity = defineTool<{
  initial_velocity: number;
  acceleration: number;
  time: number;
}>({
  name: "calculate_final_velocity",
  description:
    "Calculates the final velocity of an object under constant acceleration: initial_velocity + acceleration * time (m/s for m/s, m/s^2 and s), unrounded.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      initial_velocity: {
        type: "number",
        description: "The initial velocity of the object, in meters per second.",
      },
      acceleration: {
        type: "number",
        description: "The acceleration of the object, in meters per second squared.",
      },
      time: { type: "number", minimum: 0, description: "The time the object has been moving, in seconds." },
    },
    required: ["initial_velocity", "acceleration", "time"],
    additionalProperties: false,
  },
  returns: { type: "number" },
  examples: [
    { arguments: { initial_velocity: 0, acceleration: 9.8, time: 12 }, result: 117.60000000000001 },
    { arguments: { initial_velocity: 10, acceleration: 2, time: 5 }, result: 20 },
  ],
  invalidExamples: [
    { arguments: { initial_velocity: 0, acceleration: 9.8, time: -2 }, error: "$.time must be >= 0" },
    {
      arguments: { initial_velocity: "0", acceleration: 9.8, time: 2 },
      error: "$.initial_velocity must be number",
    },
  ],
  run: ({ initial_velocity, acceleration, time }) => initial_velocity + acceleration * time,
});
