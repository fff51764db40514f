/** The format name that every BFCL `ConversionError` carries. */
export const bfclFormat = "bfcl";
