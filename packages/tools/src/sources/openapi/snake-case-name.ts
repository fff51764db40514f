/**
 * A snake_case tool name: `getBookById` → `get_book_by_id`, `list-books` → `list_books`,
 * `GET /books/{bookId}` → `get_books_book_id`. Letters and digits only, never starting with a digit.
 *
 * @example
 * snakeCaseName("searchBooksByISBN") // "search_books_by_isbn"
 */
export function snakeCaseName(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  const name = words.join("_");
  return /^[0-9]/.test(name) ? `op_${name}` : name === "" ? "operation" : name;
}
