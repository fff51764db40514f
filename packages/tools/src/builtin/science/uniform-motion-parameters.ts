import type { ObjectSchema } from "@apigen/core";

/** The parameters of BFCL's constant-acceleration tools: `initial_velocity` (m/s), `acceleration` (m/s^2) and `time` (s, not negative). */
export const uniformMotionParameters: ObjectSchema = {
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
};
