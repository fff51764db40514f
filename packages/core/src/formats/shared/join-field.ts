const plainKey = /^[A-Za-z_$][\w$-]*$/;

/**
 * Appends one segment to a field path. A number is a list index (`[2]`); a plain key (letters, digits, `_`,
 * `$` and `-`, not starting with a digit) follows a dot, or stands alone at the start; any other key is
 * quoted as a JSON string in brackets (`["spotify.play"]`, `["my key"]`, `[""]`), so the path stays
 * unambiguous. A segment that starts with `[` or `<` is already written out and is appended as it is (a
 * Hermes block such as `<tool_call>`).
 *
 * @example
 * joinField("tools[0]", "parameters") // "tools[0].parameters"
 * joinField("ground_truth[0]", "math.sqrt") // 'ground_truth[0]["math.sqrt"]'
 * joinField(undefined, 2) // "[2]"
 * joinField("messages[2].content", "<tool_call>") // "messages[2].content<tool_call>"
 */
export function joinField(field: string | undefined, segment: string | number): string {
  const base = field ?? "";
  if (typeof segment === "number") {
    return `${base}[${segment}]`;
  }
  if (segment.startsWith("[") || segment.startsWith("<")) {
    return `${base}${segment}`;
  }
  if (!plainKey.test(segment)) {
    return `${base}[${JSON.stringify(segment)}]`;
  }
  return base === "" ? segment : `${base}.${segment}`;
}
