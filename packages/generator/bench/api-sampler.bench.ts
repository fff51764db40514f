import { performance } from "node:perf_hooks";
import {
  apigenCategories,
  apigenCategoryShares,
  createRandom,
  type QueryStyle,
  queryStyles,
} from "@apigen/core";
import { type CategorizedTool, createApiSampler } from "../src/index.js";

const draws = Number(process.env.BENCH_DRAWS ?? 100_000);

/** `count` tools spread over the 21 APIGen categories by the paper's shares; two thirds have a required parameter. */
function library(count: number): CategorizedTool[] {
  const random = createRandom(`library-${count}`);
  const shares = apigenCategories.map((category) => apigenCategoryShares[category]);
  return Array.from({ length: count }, (_, index) => {
    const category = random.weighted(apigenCategories, shares);
    const required = index % 3 === 0 ? [] : ["id"];
    return {
      category,
      tool: {
        name: `tool_${index}`,
        description: `Tool ${index} of ${category}`,
        parameters: { type: "object", properties: { id: { type: "string" } }, required },
      },
    };
  });
}

function microsecondsPerDraw(size: number): number {
  const sampler = createApiSampler({ tools: library(size), random: createRandom(1) });
  const styles: QueryStyle[] = [...queryStyles];
  for (let index = 0; index < 2000; index++) {
    sampler.draw(styles[index % styles.length] as QueryStyle);
  }
  const start = performance.now();
  for (let index = 0; index < draws; index++) {
    sampler.draw(styles[index % styles.length] as QueryStyle);
  }
  return ((performance.now() - start) * 1000) / draws;
}

const small = microsecondsPerDraw(300);
const large = microsecondsPerDraw(3000);
const huge = microsecondsPerDraw(30_000);
console.log(`API sampler, ${draws} draws over all six styles, 21 categories`);
console.log(`  300 tools:    ${small.toFixed(2)} µs per draw`);
console.log(
  `  3,000 tools:  ${large.toFixed(2)} µs per draw (${(large / small).toFixed(2)}x the 300-tool cost)`,
);
console.log(
  `  30,000 tools: ${huge.toFixed(2)} µs per draw (${(huge / small).toFixed(2)}x the 300-tool cost)`,
);
console.log(
  "  target: per-draw cost flat in the number of tools (ratios near 1; 10x tools must not cost 10x)",
);
