import { createRandom, type RunConfig } from "@apigen/core";
import { createStylePlanner } from "@apigen/generator";
import { openRunTools } from "../tools/index.js";
import { createPromptPlanner, planPrompt } from "./plan-prompt.js";
import type { PlannedPrompt } from "./prompt-journal.js";
import { openSeedPool } from "./read-seed-files.js";

/** What `apigen generate --dry-run` shows. */
export interface PromptPreview {
  sources: string[];
  prompts: PlannedPrompt[];
}

/**
 * Plans the first `count` prompts of a run exactly as the run would (same seed, same samplers), without calling
 * any model or writing anything: to check tools, templates and sampling before paying for a run.
 */
export async function previewPrompts({
  config,
  count,
}: {
  config: RunConfig;
  count: number;
}): Promise<PromptPreview> {
  const tools = await openRunTools(config.tools, { seed: config.seed, timeoutMs: config.stages.timeoutMs });
  try {
    const random = createRandom(config.seed);
    const seedPool = await openSeedPool(config, random);
    const planning = createPromptPlanner({ config, tools: tools.tools, seedPool, random });
    const planner = createStylePlanner({ targets: config.target.byStyle, random: random.fork("planner") });
    const prompts: PlannedPrompt[] = [];
    for (let prompt = 0; prompt < count; prompt++) {
      const style = planner.next();
      if (style === undefined) {
        break;
      }
      const plan = planPrompt(planning, style, prompt);
      planner.started(style, plan.pairs);
      prompts.push(plan);
    }
    return { sources: tools.sources, prompts };
  } finally {
    await tools.close();
  }
}
