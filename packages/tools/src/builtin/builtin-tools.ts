import { businessTools } from "./business/index.js";
import { commerceTools } from "./commerce/index.js";
import { communicationTools } from "./communication/index.js";
import { dataTools } from "./data/index.js";
import type { BuiltinTool } from "./define-tool.js";
import { educationTools } from "./education/index.js";
import { entertainmentTools } from "./entertainment/index.js";
import { environmentTools } from "./environment/index.js";
import { financeTools } from "./finance/index.js";
import { gamingTools } from "./gaming/index.js";
import { healthTools } from "./health/index.js";
import { lifestyleTools } from "./lifestyle/index.js";
import { mathTools } from "./math/index.js";
import { mediaTools } from "./media/index.js";
import { musicTools } from "./music/index.js";
import { otherTools } from "./other/index.js";
import { scienceTools } from "./science/index.js";
import { socialTools } from "./social/index.js";
import { sportsTools } from "./sports/index.js";
import { technologyTools } from "./technology/index.js";
import { utilityTools } from "./tools/index.js";
import { travelTools } from "./travel/index.js";

/** Every built-in tool, by category in the order of the APIGen category shares. */
export const builtinTools: readonly BuiltinTool[] = [
  ...financeTools,
  ...dataTools,
  ...sportsTools,
  ...travelTools,
  ...technologyTools,
  ...socialTools,
  ...mediaTools,
  ...entertainmentTools,
  ...utilityTools,
  ...mathTools,
  ...businessTools,
  ...musicTools,
  ...gamingTools,
  ...commerceTools,
  ...environmentTools,
  ...educationTools,
  ...communicationTools,
  ...lifestyleTools,
  ...healthTools,
  ...otherTools,
  ...scienceTools,
];

const byName = new Map(builtinTools.map((builtin) => [builtin.tool.name, builtin]));

/** The built-in tool with this name, if there is one. */
export function findBuiltinTool(name: string): BuiltinTool | undefined {
  return byName.get(name);
}
