import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

interface Args {
  initial_velocity_m_s: number;
  launch_angle_deg: number;
  initial_height_m?: number;
  gravity_m_s2?: number;
}

/** Flight time, peak height and range of a projectile without air resistance. */
export const calculateProjectileMotion = defineTool<Args>({
  name: "calculate_projectile_motion",
  description:
    "Calculate the trajectory of a projectile launched over flat ground, ignoring air resistance. Returns the time of flight (s), maximum height above the ground (m), horizontal range (m) and impact speed (m/s), rounded to 3 decimals.",
  category: "Science",
  parameters: {
    type: "object",
    properties: {
      initial_velocity_m_s: { type: "number", exclusiveMinimum: 0, description: "Launch speed in m/s." },
      launch_angle_deg: {
        type: "number",
        minimum: 0,
        maximum: 90,
        description: "Launch angle above the horizontal in degrees (0 = horizontal, 90 = straight up).",
      },
      initial_height_m: {
        type: "number",
        minimum: 0,
        default: 0,
        description: "Height of the launch point above the ground in metres. Default 0.",
      },
      gravity_m_s2: {
        type: "number",
        exclusiveMinimum: 0,
        default: 9.80665,
        description:
          "Gravitational acceleration in m/s^2. Default 9.80665 (standard Earth gravity); Moon is 1.62.",
      },
    },
    required: ["initial_velocity_m_s", "launch_angle_deg"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      time_of_flight_s: { type: "number", minimum: 0 },
      max_height_m: { type: "number", minimum: 0 },
      horizontal_range_m: { type: "number", minimum: 0 },
      impact_speed_m_s: { type: "number", minimum: 0 },
    },
    required: ["time_of_flight_s", "max_height_m", "horizontal_range_m", "impact_speed_m_s"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { initial_velocity_m_s: 20, launch_angle_deg: 45 },
      result: {
        time_of_flight_s: 2.884,
        max_height_m: 10.197,
        horizontal_range_m: 40.789,
        impact_speed_m_s: 20,
      },
    },
    {
      arguments: { initial_velocity_m_s: 10, launch_angle_deg: 0, initial_height_m: 5, gravity_m_s2: 9.8 },
      result: {
        time_of_flight_s: 1.01,
        max_height_m: 5,
        horizontal_range_m: 10.102,
        impact_speed_m_s: 14.071,
      },
    },
  ],
  invalidExamples: [
    {
      arguments: { initial_velocity_m_s: 20, launch_angle_deg: 120 },
      error: "$.launch_angle_deg must be <= 90",
    },
    { arguments: { launch_angle_deg: 30 }, error: "missing required argument 'initial_velocity_m_s'" },
  ],
  run: ({ initial_velocity_m_s: v, launch_angle_deg, initial_height_m = 0, gravity_m_s2: g = 9.80665 }) => {
    const angle = (launch_angle_deg * Math.PI) / 180;
    const vx = launch_angle_deg === 90 ? 0 : v * Math.cos(angle);
    const vy = v * Math.sin(angle);
    const time = (vy + Math.sqrt(vy * vy + 2 * g * initial_height_m)) / g;
    return {
      time_of_flight_s: roundTo(time, 3),
      max_height_m: roundTo(initial_height_m + (vy * vy) / (2 * g), 3),
      horizontal_range_m: roundTo(vx * time, 3),
      impact_speed_m_s: roundTo(Math.sqrt(v * v + 2 * g * initial_height_m), 3),
    };
  },
});
