/** The workbook's bytes with its fonts' children in the schema's order. */
export function orderFonts(bytes: Uint8Array): Promise<Uint8Array>;
