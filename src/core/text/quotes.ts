// Quoted text: someone else's words, or a word mentioned rather than used («слово «идиот» мы удаляем»).
// The address rule skips what is quoted; word rules skip it in prose (docs, house rules), where a
// quoted word is an example, not the brand speaking.

const QUOTE = /[«“„"]/;

/** Ranges of quoted text: «...» (nested „...“ inside), “...”, and "..." pairs. */
export function quotedRanges(text: string): [number, number][] {
  if (!QUOTE.test(text)) return [];
  const out: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '«' || c === '“' || c === '„') {
      if (depth++ === 0) open = i;
    } else if ((c === '»' || c === '”') && depth > 0) {
      if (--depth === 0) out.push([open, i + 1]);
    } else if (c === '"' && depth === 0) {
      const close = text.indexOf('"', i + 1);
      if (close === -1) break;
      out.push([i, close + 1]);
      i = close;
    }
  }
  return out;
}

/** Whether [start, end) lies inside one of `ranges` (sorted, as quotedRanges gives them). */
export function insideRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  for (const [a, b] of ranges) {
    if (a > start) return false;
    if (end <= b) return true;
  }
  return false;
}
