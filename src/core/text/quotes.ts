// Quoted text: someone else's words, or a word mentioned rather than used («слово «идиот» мы удаляем»).
// The address rule skips what is quoted; word rules skip it in prose (docs, house rules), where a
// quoted word is an example, not the brand speaking.

import type { TextUnit } from '../rules/api';

const QUOTE = /[«“„"‘']/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A single-quoted stretch is short and on one line: the closing quote is looked for this far. */
const MAX_SINGLE = 80;

/**
 * Ranges of quoted text: «...» (nested „...“ inside), “...”, "..." pairs, and ‘...’ or '...' where the
 * quotes are no apostrophes: the opening one after no letter and before a letter, the closing one
 * after no space and before no letter ('WORST INSURER EVER' is a quote; don't and users' are not).
 */
export function quotedRanges(text: string): [number, number][] {
  if (!QUOTE.test(text)) return [];
  const out: [number, number][] = [];
  // the closing marks expected, innermost last: „ closes with “ (as Russian nests them), “ with ”
  const closers: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const depth = closers.length;
    if (c === '“' && closers[depth - 1] === '“') {
      closers.pop();
      if (depth === 1) out.push([open, i + 1]);
    } else if (c === '«' || c === '“' || c === '„') {
      if (depth === 0) open = i;
      closers.push(c === '«' ? '»' : c === '„' ? '“' : '”');
    } else if ((c === '»' || c === '”') && depth > 0) {
      closers.pop();
      if (depth === 1) out.push([open, i + 1]);
    } else if (c === '"' && depth === 0) {
      const close = text.indexOf('"', i + 1);
      if (close === -1) break;
      out.push([i, close + 1]);
      i = close;
    } else if ((c === '‘' || c === "'") && depth === 0 && !LETTER_OR_DIGIT.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) {
      const closing = c === '‘' ? '’' : "'";
      for (let j = i + 2; j < text.length && j <= i + MAX_SINGLE; j++) {
        const d = text[j];
        if (d === '\n') break;
        if (d === closing && !/\s/.test(text[j - 1] as string) && !LETTER_OR_DIGIT.test(text[j + 1] ?? '')) {
          out.push([i, j + 1]);
          i = j;
          break;
        }
      }
    }
  }
  return out;
}

const QUOTES_KEY = {};
/** The quoted ranges of a unit's text, found once for every rule that asks (address, caps, word rules). */
export function quotesOf(unit: TextUnit): [number, number][] {
  return unit.memo(QUOTES_KEY, (u) => quotedRanges(u.text));
}

/** Whether [start, end) lies inside one of `ranges` (sorted, as quotedRanges gives them). */
const CODE_SPAN = /`[^`\n]+`/g;
/**
 * The `code spans` of a text (in backticks, on one line), in order: a command, a path or an endpoint
 * that a reply quotes is code, as chat apps show it, not the brand's words (`GET /v1/{workspace_id}`).
 */
export function codeSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!text.includes('`')) return out;
  CODE_SPAN.lastIndex = 0;
  for (let m = CODE_SPAN.exec(text); m !== null; m = CODE_SPAN.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function insideRanges(ranges: readonly [number, number][], start: number, end: number): boolean {
  for (const [a, b] of ranges) {
    if (a > start) return false;
    if (end <= b) return true;
  }
  return false;
}
