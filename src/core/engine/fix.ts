// Applying fixes: each fix is data ({start, end, replacement}); overlapping fixes are not applied in
// the same pass (the later one waits for the next pass, after the text is linted again).
import type { Fix } from '../types';

export interface FixResult {
  text: string;
  applied: Fix[];
  skipped: Fix[];
}

export function applyFixes(source: string, fixes: readonly Fix[]): FixResult {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  let lastEnd = -1;
  for (const f of sorted) {
    const valid = f.start >= 0 && f.end >= f.start && f.end <= source.length;
    // Two insertions at one point, or a fix inside another, would fight: keep the first.
    if (!valid || f.start < lastEnd || (f.start === lastEnd && f.start === f.end)) {
      skipped.push(f);
      continue;
    }
    if (source.slice(f.start, f.end) === f.replacement) continue;
    applied.push(f);
    lastEnd = f.end;
  }
  let text = '';
  let pos = 0;
  for (const f of applied) {
    text += source.slice(pos, f.start) + f.replacement;
    pos = f.end;
  }
  text += source.slice(pos);
  return { text, applied, skipped };
}
