/** 32-bit FNV-1a: a small, stable hash for fingerprints and look-ups. */
export const FNV_OFFSET = 0x811c9dc5;

export function fnv1aStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function fnv1a(text: string, h = FNV_OFFSET): number {
  for (let i = 0; i < text.length; i++) h = fnv1aStep(h, text.charCodeAt(i));
  return h >>> 0;
}
