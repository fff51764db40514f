/** Common US letter-grade cut-offs (percent) and 4.0-scale grade points. */
export const letterCutoffs: [number, string][] = [
  [93, "A"],
  [90, "A-"],
  [87, "B+"],
  [83, "B"],
  [80, "B-"],
  [77, "C+"],
  [73, "C"],
  [70, "C-"],
  [67, "D+"],
  [63, "D"],
  [60, "D-"],
  [0, "F"],
];

export function letterFor(percent: number): string {
  return letterCutoffs.find(([cutoff]) => percent >= cutoff)?.[1] ?? "F";
}

export const gradePoints: Record<string, number> = {
  "A+": 4,
  A: 4,
  "A-": 3.7,
  "B+": 3.3,
  B: 3,
  "B-": 2.7,
  "C+": 2.3,
  C: 2,
  "C-": 1.7,
  "D+": 1.3,
  D: 1,
  "D-": 0.7,
  F: 0,
};
