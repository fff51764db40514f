const words: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  couple: 2,
  twice: 2,
  once: 1,
  single: 1,
  pair: 2,
  half: 0.5,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const scales: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

function combines(current: number, value: number): boolean {
  return (
    Number.isInteger(value) &&
    value >= 1 &&
    ((current >= 100 && current % 100 === 0 && value < 100) ||
      (current >= 20 && current < 100 && current % 10 === 0 && value < 10))
  );
}

/**
 * Every number that the tokens of a normalised text state, in digits (`"1250.5"`, `"-3"`) or in words
 * (`"twenty five"`, `"three hundred and five"`, `"dozen"`), with a following scale applied (`"5 million"`,
 * `"2.5k"`). The bare digits before a scale are kept too.
 */
export function numberWords(tokens: readonly string[]): number[] {
  const found: number[] = [];
  let current: number | undefined;
  let total = 0;
  let spelled = false;
  const flush = (): void => {
    if (current !== undefined) {
      found.push(total + current);
    }
    current = undefined;
    total = 0;
    spelled = false;
  };
  for (const token of tokens) {
    const compact = /^(\d+(?:\.\d+)?)(k|m|bn)$/.exec(token);
    if (compact !== null) {
      flush();
      found.push(Number(compact[1]), Number(compact[1]) * (scales[compact[2] as string] ?? 1));
    } else if (/^-?\d+(?:\.\d+)?$/.test(token)) {
      flush();
      current = Number(token);
      found.push(current);
    } else if (Object.hasOwn(words, token)) {
      const value = words[token] as number;
      if (!(spelled && current !== undefined && (current === 0 ? total > 0 : combines(current, value)))) {
        flush();
        current = 0;
      }
      current = (current ?? 0) + value;
      spelled = true;
    } else if (Object.hasOwn(scales, token) && token.length > 2 && current !== undefined) {
      const scale = scales[token] as number;
      if (scale === 100) {
        current *= scale;
      } else {
        total += current * scale;
        current = 0;
      }
      spelled = true;
    } else if (token !== "and" || current === undefined) {
      flush();
    }
  }
  flush();
  return found;
}
