import { defineTool } from "../define-tool.js";
import { uniformMotionParameters } from "./uniform-motion-parameters.js";

/** Displacement under constant acceleration (BFCL's `calculate_displacement`). */
export const calculateDisplacement = defineTool<{
  initial_velocity: number;
  acceleration: number;
  time: number;
}>({
  name: "calculate_displacement",
  description:
    "Calculates the displacement of an object under constant acceleration: initial_velocity * time + acceleration * time^2 / 2, in meters, unrounded.",
  category: "Science",
  parameters: uniformMotionParameters,
  returns: { type: "number" },
  examples: [
    { arguments: { initial_velocity: 10, acceleration: 2, time: 5 }, result: 75 },
    { arguments: { initial_velocity: 15, acceleration: 9.8, time: 10 }, result: 640 },
  ],
  invalidExamples: [
    { arguments: { initial_velocity: 10, acceleration: 2, time: -1 }, error: "$.time must be >= 0" },
    { arguments: { initial_velocity: 10, acceleration: 2 }, error: "missing required argument 'time'" },
  ],
  run: ({ initial_velocity, acceleration, time }) => initial_velocity * time + 0.5 * acceleration * time ** 2,
});
