/**
 * An integer written with leading zeros to at least `width` digits.
 *
 * @example
 * zeroPad(7); // "07"
 * zeroPad(45, 3); // "045"
 */
export function zeroPad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}
