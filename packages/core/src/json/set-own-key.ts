/**
 * Sets `object[key] = value` as an own, enumerable property, even for the key `__proto__` (which a plain
 * assignment would turn into a prototype change). Keys here come from data: parameter names, raw spec keys.
 */
export function setOwnKey<Value>(object: Record<string, Value>, key: string, value: Value): void {
  if (key === "__proto__") {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}
