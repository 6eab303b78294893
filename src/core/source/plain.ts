// Plain text: one segment per paragraph (blank-line separated), so that a huge file is never one huge
// string for the rules (some text algorithms are superlinear on long strings).
import { plainSegment, type Segment } from './segment';

export function extractPlainSegments(source: string): Segment[] {
  const out: Segment[] = [];
  const re = /\n[ \t]*\r?\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(source[s] as string)) s++;
    while (e > s && /\s/.test(source[e - 1] as string)) e--;
    if (e > s) out.push(plainSegment(source.slice(s, e), s));
  };
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, source.length);
  return out;
}
