/**
 * A duration for people: `850ms`, `12.3s`, `4m 05s`, `1h 02m 03s`.
 *
 * @example
 * formatDuration(3_723_000) // "1h 02m 03s"
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) {
    return `${Math.round(ms)}ms`;
  }
  if (ms < 60_000) {
    return `${(ms / 1000).toFixed(1)}s`;
  }
  const seconds = Math.round(ms / 1000);
  const two = (value: number) => String(value).padStart(2, "0");
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours > 0 ? `${hours}h ${two(minutes)}m ${two(seconds % 60)}s` : `${minutes}m ${two(seconds % 60)}s`;
}
