/**
 * The row to name in a chat row's errors: the caller's `row`, else the `apigen.id` the record carries, else
 * none.
 *
 * @example
 * rowLabel({ messages: [], apigen: { id: "row-7" } }, undefined) // "row-7"
 */
export function rowLabel(record: unknown, row: string | number | undefined): string | number | undefined {
  if (row !== undefined) {
    return row;
  }
  if (record !== null && typeof record === "object" && "apigen" in record) {
    const extension: unknown = record.apigen;
    if (extension !== null && typeof extension === "object" && "id" in extension) {
      return typeof extension.id === "string" ? extension.id : undefined;
    }
  }
  return undefined;
}
