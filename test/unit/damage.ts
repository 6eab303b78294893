// Damage for property tests of the readers: pieces of syntax inserted into a valid document.
import fc from 'fast-check';

/** Up to `max` insertions of `pieces`: [a position (taken modulo the length when it is made), a piece]. */
export const insertions = (pieces: readonly string[], max = 3) => fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { minLength: 1, maxLength: max });

/** `src` with each piece inserted in turn, at the offset `where` picks for it (by default its position modulo the length). */
export function damaged(src: string, edits: readonly (readonly [number, string])[], where = (s: string, at: number, _k: number) => at % (s.length + 1)): string {
  let s = src;
  edits.forEach(([at, piece], k) => {
    const i = where(s, at, k);
    s = s.slice(0, i) + piece + s.slice(i);
  });
  return s;
}
