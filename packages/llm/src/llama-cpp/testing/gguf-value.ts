/** The scalar value types of GGUF metadata, with their type codes from the GGUF v3 specification. */
export const ggufScalarTypes = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

/** The name of one GGUF scalar type, e.g. `"uint32"` or `"string"`. */
export type GgufScalarType = keyof typeof ggufScalarTypes;

/** The type code GGUF uses for an array value. */
export const ggufArrayTypeCode = 9;

type ScalarOf<Type extends GgufScalarType> = Type extends "string"
  ? string
  : Type extends "bool"
    ? boolean
    : Type extends "uint64" | "int64"
      ? bigint
      : number;

/**
 * One typed GGUF metadata value: a scalar, or an array whose items all share one scalar type.
 *
 * @example
 * const blocks: GgufValue = { type: "uint32", value: 2 };
 * const tokens: GgufValue = { type: "array", itemType: "string", value: ["<unk>", "<s>"] };
 */
export type GgufValue =
  | { [Type in GgufScalarType]: { type: Type; value: ScalarOf<Type> } }[GgufScalarType]
  | {
      [Type in GgufScalarType]: { type: "array"; itemType: Type; value: readonly ScalarOf<Type>[] };
    }[GgufScalarType];
