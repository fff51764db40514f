import { type QueryStyle, queryStyles, type Random } from "@apigen/core";

/** Options of {@link createStylePlanner}. */
export interface StylePlannerOptions {
  /** Rows wanted per style; styles absent are not generated. */
  targets: Readonly<Partial<Record<QueryStyle, number>>>;
  /** Rows already accepted per style (a resumed run's counts on disk). @default none */
  accepted?: Readonly<Partial<Record<QueryStyle, number>>>;
  /** From `createRandom(seed)` in `@apigen/core`; the planner uses its own fork of it. */
  random: Random;
  /**
   * The share of asked rows expected to pass verification: in-flight work counts for `expectedRows ×
   * expectedPassRate` rows. Lower asks for more at once (faster, more overshoot); higher asks more cautiously.
   * @default 0.5
   */
  expectedPassRate?: number;
}

/** Says which query style to generate next; see {@link createStylePlanner}. */
export interface StylePlanner {
  /**
   * Next style to generate, or undefined when every target is met counting in-flight work. Undefined while
   * {@link StylePlanner.done} is false means: wait for a prompt to finish, then ask again.
   */
  next(): QueryStyle | undefined;
  /** Records that a prompt of `style` was started, asking for `expectedRows` rows. */
  started(style: QueryStyle, expectedRows: number): void;
  /** Records that a prompt started with `expectedRows` finished with `accepted` rows (0 when it failed). */
  finished(style: QueryStyle, expectedRows: number, accepted: number): void;
  /** Rows still needed per style, in-flight work not counted (0 for met or absent targets). */
  remaining(): Record<QueryStyle, number>;
  /** Whether every target is met by accepted rows. */
  done(): boolean;
}

/**
 * Creates the style planner. It picks among the styles that still need rows, weighted by that need, so all
 * targets fill up together; in-flight prompts count for their expected passing rows, so the run does not ask
 * far past its targets, and a prompt that finishes with fewer rows reopens the need. To meet targets exactly,
 * keep at most `remaining()[style]` rows of a finished prompt.
 *
 * @example
 * const planner = createStylePlanner({ targets: { simple: 100, parallel: 50 }, random: createRandom(1) });
 * for (let style = planner.next(); style !== undefined; style = planner.next()) {
 *   planner.started(style, 3);
 *   const kept = Math.min(await generate(style, 3), planner.remaining()[style]);
 *   planner.finished(style, 3, kept);
 * }
 */
export function createStylePlanner({
  targets,
  accepted = {},
  random: parentRandom,
  expectedPassRate = 0.5,
}: StylePlannerOptions): StylePlanner {
  if (!(expectedPassRate > 0 && expectedPassRate <= 1)) {
    throw new TypeError(`expectedPassRate must be in (0, 1], got ${String(expectedPassRate)}`);
  }
  const count = (value: number | undefined, what: string): number => {
    if (value !== undefined && (!Number.isSafeInteger(value) || value < 0)) {
      throw new TypeError(`${what} must be an integer >= 0, got ${String(value)}`);
    }
    return value ?? 0;
  };
  const wanted = new Map(queryStyles.map((style) => [style, count(targets[style], `targets.${style}`)]));
  const done = new Map(queryStyles.map((style) => [style, count(accepted[style], `accepted.${style}`)]));
  const inFlight = new Map(queryStyles.map((style) => [style, 0]));
  const random = parentRandom.fork("style-planner");
  const left = (style: QueryStyle) => Math.max(0, (wanted.get(style) ?? 0) - (done.get(style) ?? 0));
  const rows = (value: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new TypeError(`${what} must be an integer >= 0, got ${String(value)}`);
    }
    return value;
  };

  return {
    next: () => {
      const needs = queryStyles.map((style) => left(style) - (inFlight.get(style) ?? 0) * expectedPassRate);
      const open = queryStyles.filter((_, index) => (needs[index] ?? 0) > 0);
      return open.length === 0
        ? undefined
        : random.weighted(
            open,
            open.map((style) => needs[queryStyles.indexOf(style)] ?? 0),
          );
    },
    started: (style, expectedRows) => {
      inFlight.set(style, (inFlight.get(style) ?? 0) + rows(expectedRows, "expectedRows"));
    },
    finished: (style, expectedRows, acceptedRows) => {
      const flying = (inFlight.get(style) ?? 0) - rows(expectedRows, "expectedRows");
      if (flying < 0) {
        throw new TypeError(`finished(${style}, ${expectedRows}) has no matching started(${style}, ...)`);
      }
      inFlight.set(style, flying);
      done.set(style, (done.get(style) ?? 0) + rows(acceptedRows, "accepted"));
    },
    remaining: () =>
      Object.fromEntries(queryStyles.map((style) => [style, left(style)])) as Record<QueryStyle, number>,
    done: () => queryStyles.every((style) => left(style) === 0),
  };
}
