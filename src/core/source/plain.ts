// Plain text: one segment per paragraph (blank-line separated), so that a huge file is never one huge
// string for the rules (some text algorithms, Intl.Segmenter among them, are superlinear on long
// strings). A paragraph longer than MAX_PLAIN_SEGMENT is split at line breaks, then at spaces.
// Line breaks are `\n` in the text whatever the file uses (a CRLF maps to both its characters).
import { mappedSegment, plainSegment, type Segment } from './segment';

/** Longest text of one segment. */
export const MAX_PLAIN_SEGMENT = 20_000;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff';

export function extractPlainSegments(source: string): Segment[] {
  const out: Segment[] = [];
  const blank = /\n[ \t\f\v]*\r?\n/g;
  let start = 0;
  for (let m = blank.exec(source); m !== null; m = blank.exec(source)) {
    paragraph(source, start, m.index, out);
    start = m.index + m[0].length;
  }
  paragraph(source, start, source.length, out);
  return out;
}

/** Pushes the segments of source[s, e): trimmed, cut into pieces no longer than the limit. */
function paragraph(source: string, s: number, e: number, out: Segment[]): void {
  while (s < e && isSpace(source[s])) s++;
  while (e > s && isSpace(source[e - 1])) e--;
  while (e - s > MAX_PLAIN_SEGMENT) {
    const cut = cutPoint(source, s, s + MAX_PLAIN_SEGMENT);
    let pe = cut;
    while (pe > s && isSpace(source[pe - 1])) pe--;
    if (pe > s) out.push(segment(source, s, pe));
    s = cut;
    while (s < e && isSpace(source[s])) s++;
  }
  if (e > s) out.push(segment(source, s, e));
}

/** Where to cut a long paragraph before `limit`: the last line break, else the last space, else `limit`. */
function cutPoint(source: string, s: number, limit: number): number {
  const half = s + (limit - s) / 2;
  for (let k = limit; k > half; k--) if (source[k] === '\n') return k + 1;
  for (let k = limit; k > half; k--) if (source[k] === ' ' || source[k] === '\t') return k;
  const c = source.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit; // never between the halves of a surrogate pair
}

function segment(source: string, s: number, e: number): Segment {
  const raw = source.slice(s, e);
  if (!raw.includes('\r')) return plainSegment(raw, s);
  // CRLF → \n: the \n stands for both characters, so a fix never splits them.
  let text = '';
  const starts: number[] = [];
  let run = s;
  for (let k = s; k < e; k++) {
    if (source[k] === '\r' && source[k + 1] === '\n') {
      text += source.slice(run, k) + '\n';
      for (let j = run; j <= k; j++) starts.push(j);
      k++;
      run = k + 1;
    }
  }
  text += source.slice(run, e);
  for (let j = run; j < e; j++) starts.push(j);
  starts.push(e);
  return mappedSegment(text, starts, {}, { source });
}
