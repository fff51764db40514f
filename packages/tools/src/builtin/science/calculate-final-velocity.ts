import { defineTool } from "../define-tool.js";
import { uniformMotionParameters } from "./uniform-motion-parameters.js";

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
  parameters: uniformMotionParameters,
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
