// Suppression comments, the same in every format: they are recognised inside YAML `#` comments,
// Markdown/HTML `<!-- -->` comments and `//` lines of plain text.
//   tone-lint-disable-next-line [rule, ...]   the next non-empty line
//   tone-lint-disable-line [rule, ...]        this line
//   tone-lint-disable [rule, ...] ... tone-lint-enable [rule, ...]   a block (no rules = all rules)

export interface Suppressions {
  isSuppressed(ruleId: string, sourceOffset: number): boolean;
  /** Every rule id the comments name, with where it is written (to warn about unknown ids). */
  readonly named: readonly { id: string; start: number; end: number }[];
}

interface Span {
  start: number;
  end: number;
  rules: Set<string> | null; // null = all rules
}

const DIRECTIVE = /(?:#|<!--|\/\/)[^\n]*?\btone-lint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;
const ID = /[\w./-]+/g;

export function parseSuppressions(source: string): Suppressions {
  const spans: Span[] = [];
  const named: { id: string; start: number; end: number }[] = [];
  const open = new Map<string, number>(); // rule ('*' = all) → start offset
  const lineEnd = (i: number) => {
    const e = source.indexOf('\n', i);
    return e === -1 ? source.length : e;
  };
  if (!source.includes('tone-lint-')) return { isSuppressed: () => false, named };
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(source); m !== null; m = DIRECTIVE.exec(source)) {
    const kind = m[1] as string;
    const tail = (m[2] as string).replace(/-->.*$/, '').replace(/--.*$/, '');
    const tailStart = m.index + m[0].length - (m[2] as string).length;
    const ids: string[] = [];
    ID.lastIndex = 0;
    for (let t = ID.exec(tail); t !== null; t = ID.exec(tail)) {
      ids.push(t[0]);
      named.push({ id: t[0], start: tailStart + t.index, end: tailStart + t.index + t[0].length });
    }
    const rules = ids.length ? new Set(ids) : null;
    const lineStart = source.lastIndexOf('\n', m.index) + 1;
    if (kind === 'disable-line') spans.push({ start: lineStart, end: lineEnd(m.index), rules });
    else if (kind === 'disable-next-line') {
      let next = lineEnd(m.index) + 1;
      while (next < source.length && /^[ \t]*\r?$/.test(source.slice(next, lineEnd(next)))) next = lineEnd(next) + 1;
      if (next <= source.length) spans.push({ start: next, end: lineEnd(next), rules });
    } else if (kind === 'disable') {
      for (const r of ids.length ? ids : ['*']) if (!open.has(r)) open.set(r, lineEnd(m.index));
    } else {
      for (const r of ids.length ? ids : [...open.keys()]) {
        const s = open.get(r);
        if (s === undefined) continue;
        spans.push({ start: s, end: lineStart, rules: r === '*' ? null : new Set([r]) });
        open.delete(r);
      }
    }
  }
  for (const [r, s] of open) spans.push({ start: s, end: source.length, rules: r === '*' ? null : new Set([r]) });
  return {
    named,
    isSuppressed(ruleId, offset) {
      for (const sp of spans) if (offset >= sp.start && offset <= sp.end && (!sp.rules || sp.rules.has(ruleId))) return true;
      return false;
    },
  };
}
