// A segment is a piece of a file's text that gets linted (a YAML reply string's value, a Markdown
// paragraph's prose, a whole plain-text file) together with the map from its offsets back to the file.
import type { Fix, LintContext } from '../types';

export interface Segment {
  /** The text to lint: the value the user means (escapes resolved, indentation and markup removed). */
  readonly text: string;
  /** Source offset of text offset i, for 0 <= i <= text.length; monotone non-decreasing. */
  toSource(offset: number): number;
  /**
   * Source offset for the END of a range that ends at text offset i: just after the source of the
   * character before i, so a finding ending at a word does not swallow the markup that follows it.
   */
  toSourceEnd(offset: number): number;
  /**
   * The same fix in source offsets, with the replacement encoded for the source (escaped in a quoted
   * YAML string, for example), or undefined when the fix cannot be made safely in the source
   * (it spans a line fold, an escape or markup).
   */
  mapFix(fix: Fix): Fix | undefined;
  /** Context the file sets for this text (language, channel, commenter type, declared variables...). */
  readonly context: Partial<LintContext>;
  /** Where it came from, e.g. the YAML key path `['responses', 3, 'reply', 'ru']`. */
  readonly path?: readonly (string | number)[];
}

/**
 * Builds a segment from a value and, per value character, the source offset of its first source
 * character (`starts`, length text.length + 1; the last entry is the source end of the value).
 * A fix maps when the source between the mapped ends holds exactly the value's characters, i.e. the
 * range crosses no escape, fold or markup; `encode` escapes a replacement for the source syntax.
 */
export function mappedSegment(
  text: string,
  starts: ArrayLike<number>,
  context: Partial<LintContext> = {},
  opts: { path?: readonly (string | number)[]; encode?: (s: string) => string; source?: string; verifyFixes?: boolean } = {},
): Segment {
  if (starts.length !== text.length + 1) throw new Error(`segment map has ${starts.length} entries for ${text.length} characters`);
  const encode = opts.encode ?? ((s: string) => s);
  const clamp = (i: number) => Math.max(0, Math.min(text.length, i));
  const toSourceEnd = (i: number) => {
    const k = clamp(i);
    const at = starts[k] as number;
    if (k === 0) return at;
    const prev = starts[k - 1] as number;
    // A character copied as it is ends one unit after it starts; an escape or a fold ends where the next begins.
    return opts.source !== undefined && opts.source[prev] === text[k - 1] ? Math.min(at, prev + 1) : at;
  };
  return {
    text,
    context,
    path: opts.path,
    toSource: (i) => starts[clamp(i)] as number,
    toSourceEnd,
    mapFix(fix) {
      const s = starts[clamp(fix.start)] as number;
      const e = fix.end > fix.start ? toSourceEnd(fix.end) : s;
      if (e - s !== fix.end - fix.start) return undefined;
      if (opts.source !== undefined && opts.verifyFixes !== false && opts.source.slice(s, e) !== text.slice(fix.start, fix.end)) return undefined;
      return { start: s, end: e, replacement: encode(fix.replacement) };
    },
  };
}

/** A segment whose text stands in the source unchanged at `sourceStart` (plain text, a simple scalar). */
export function plainSegment(text: string, sourceStart: number, context: Partial<LintContext> = {}, path?: readonly (string | number)[]): Segment {
  return {
    text,
    context,
    path,
    toSource: (i) => sourceStart + Math.max(0, Math.min(text.length, i)),
    toSourceEnd: (i) => sourceStart + Math.max(0, Math.min(text.length, i)),
    mapFix: (fix) => ({ start: sourceStart + fix.start, end: sourceStart + fix.end, replacement: fix.replacement }),
  };
}

/**
 * Where a fix of a segment's text goes in the source, as far as Markdown and YAML segments agree:
 * undefined for a fix outside the text, or over characters not all copied as they are and next to each
 * other in the source (an escape, a fold or markup between): it cannot be made there; the source range
 * of a replacement; `'insertion'` for an insertion (start = end), which each kind places by its rules.
 */
export function fixSourceRange(fix: Fix, length: number, map: { isVerbatim(i: number): boolean; startOf(i: number): number; endOf(i: number): number }): [number, number] | 'insertion' | undefined {
  const a = fix.start;
  const z = fix.end;
  if (!Number.isInteger(a) || !Number.isInteger(z) || a < 0 || z > length || a > z) return undefined;
  if (a === z) return 'insertion';
  for (let k = a; k < z; k++) {
    if (!map.isVerbatim(k)) return undefined;
    if (k > a && map.startOf(k) !== map.endOf(k - 1)) return undefined;
  }
  return [map.startOf(a), map.endOf(z - 1)];
}
