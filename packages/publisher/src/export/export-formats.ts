/** The formats `exportRun` writes. */
export const exportFormats = ["xlam", "openai", "sharegpt", "hermes", "bfcl", "parquet"] as const;

/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number];

/** True when `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}
