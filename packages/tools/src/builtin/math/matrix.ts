import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** Checks that `rows` is an n×n matrix and returns n; throws a ToolArgumentError naming the bad row. */
export function squareSize(rows: number[][], argument: string): number {
  const n = rows.length;
  rows.forEach((row, index) => {
    if (row.length !== n) {
      throw new ToolArgumentError({
        message: `${argument} must be square: it has ${n} rows but row ${index} has ${row.length} entries`,
        argument,
      });
    }
  });
  return n;
}

/** Gaussian elimination with partial pivoting on a copy; returns the determinant and the reduced system. */
export function eliminate(
  matrix: number[][],
  rhs: number[] = [],
): { determinant: number; a: number[][]; b: number[] } {
  const a = matrix.map((row) => [...row]);
  const b = [...rhs];
  const n = a.length;
  let determinant = 1;
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) {
      if (Math.abs(a[row]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) {
        pivot = row;
      }
    }
    const pivotValue = a[pivot]?.[col] ?? 0;
    if (Math.abs(pivotValue) < 1e-12) {
      return { determinant: 0, a, b };
    }
    if (pivot !== col) {
      [a[pivot], a[col]] = [a[col] as number[], a[pivot] as number[]];
      [b[pivot], b[col]] = [b[col] as number, b[pivot] as number];
      determinant = -determinant;
    }
    determinant *= pivotValue;
    const pivotRow = a[col] as number[];
    for (let row = col + 1; row < n; row += 1) {
      const current = a[row] as number[];
      const factor = (current[col] ?? 0) / pivotValue;
      for (let k = col; k < n; k += 1) {
        current[k] = (current[k] ?? 0) - factor * (pivotRow[k] ?? 0);
      }
      if (b.length > 0) {
        b[row] = (b[row] ?? 0) - factor * (b[col] ?? 0);
      }
    }
  }
  return { determinant, a, b };
}
