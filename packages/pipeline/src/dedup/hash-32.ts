/** The final mix of MurmurHash3: a bijection of 32-bit integers that spreads every input bit. */
export function mix32(value: number): number {
  let hash = value >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text[start, end)`, from `basis`, mixed. */
export function hashText(text: string, start = 0, end = text.length, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let index = start; index < end; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}
