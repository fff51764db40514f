/** Correct answers out of the entries a model was scored on, for one category. */
export interface CategoryTally {
  correct: number;
  total: number;
}

/** The BFCL V4 categories that count toward the leaderboard, by group. */
export const bfclCategoryGroups = {
  nonLiveSimple: ["simple_python", "simple_java", "simple_javascript"],
  nonLive: ["multiple", "parallel", "parallel_multiple"],
  live: ["live_simple", "live_multiple", "live_parallel", "live_parallel_multiple"],
  irrelevance: ["irrelevance", "live_irrelevance"],
  relevance: ["live_relevance"],
  multiTurn: ["multi_turn_base", "multi_turn_miss_func", "multi_turn_miss_param", "multi_turn_long_context"],
  webSearch: ["web_search_base", "web_search_no_snippet"],
  memory: ["memory_kv", "memory_vector", "memory_rec_sum"],
} as const;

/** Accuracies in percent; `undefined` where a category or a column's input was not scored (shown as missing). */
export interface BfclScores {
  categories: Record<string, number | undefined>;
  nonLiveSimpleAst: number | undefined;
  nonLiveAst: number | undefined;
  live: number | undefined;
  irrelevanceDetection: number | undefined;
  relevanceDetection: number | undefined;
  multiTurn: number | undefined;
  webSearch: number | undefined;
  memory: number | undefined;
  agentic: number | undefined;
  overall: number | undefined;
}

const mean = (values: Array<number | undefined>): number | undefined =>
  values.some((value) => value === undefined)
    ? undefined
    : (values as number[]).reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The leaderboard's V4 columns from per-category tallies: each category's accuracy is correct / total; Non-Live
 * AST is the unweighted mean of Simple AST (itself the mean of Python, Java and JavaScript) and the three other
 * non-live categories; Live is pooled over its four categories; Irrelevance is the mean of the two irrelevance
 * categories; Agentic is the mean of Web Search and Memory; Overall = 0.1 Non-Live + 0.1 Live + 0.1 Irrelevance
 * + 0.3 Multi-Turn + 0.4 Agentic. A column whose inputs are not all scored is missing, never zero.
 */
export function scoreCategories(tallies: Readonly<Record<string, CategoryTally>>): BfclScores {
  const accuracy = (category: string): number | undefined => {
    const tally = tallies[category];
    return tally === undefined || tally.total === 0 ? undefined : (100 * tally.correct) / tally.total;
  };
  const all = Object.values(bfclCategoryGroups).flat();
  const categories = Object.fromEntries(
    [...new Set([...all, ...Object.keys(tallies)])].map((category) => [category, accuracy(category)]),
  );
  const nonLiveSimpleAst = mean(bfclCategoryGroups.nonLiveSimple.map(accuracy));
  const nonLiveAst = mean([nonLiveSimpleAst, ...bfclCategoryGroups.nonLive.map(accuracy)]);
  const liveTallies = bfclCategoryGroups.live.map((category) => tallies[category]);
  const live = liveTallies.every((tally) => tally !== undefined && tally.total > 0)
    ? (100 * liveTallies.reduce((sum, tally) => sum + (tally?.correct ?? 0), 0)) /
      liveTallies.reduce((sum, tally) => sum + (tally?.total ?? 0), 0)
    : undefined;
  const irrelevanceDetection = mean(bfclCategoryGroups.irrelevance.map(accuracy));
  const relevanceDetection = accuracy("live_relevance");
  const multiTurn = mean(bfclCategoryGroups.multiTurn.map(accuracy));
  const webSearch = mean(bfclCategoryGroups.webSearch.map(accuracy));
  const memory = mean(bfclCategoryGroups.memory.map(accuracy));
  const agentic = mean([webSearch, memory]);
  const parts = [nonLiveAst, live, irrelevanceDetection, multiTurn, agentic];
  const overall = parts.some((part) => part === undefined)
    ? undefined
    : 0.1 * (nonLiveAst as number) +
      0.1 * (live as number) +
      0.1 * (irrelevanceDetection as number) +
      0.3 * (multiTurn as number) +
      0.4 * (agentic as number);
  return {
    categories,
    nonLiveSimpleAst,
    nonLiveAst,
    live,
    irrelevanceDetection,
    relevanceDetection,
    multiTurn,
    webSearch,
    memory,
    agentic,
    overall,
  };
}
