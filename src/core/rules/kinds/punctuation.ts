// punctuation: runs of ! and ? (“!!!”, “?!”, “???”), over-long ellipses (“.....”) and bracket smileys
// (“)))”, “(((”), which read as shouting, indignation or over-familiarity in a brand's reply.
//   max: 1          the longest run of ! and ? allowed (default 1: “!!” and “?!” are flagged)
//   brackets: true  flag runs of two or more brackets that close (or open) nothing
//   ellipsis: true  flag runs of more than three dots, or dots next to “…”
// Fixes: a run of marks becomes one mark (a question mark if the run has one: “?!” → “?”), an ellipsis
// becomes “…”. A bracket smiley gets a suggestion to remove it, never a fix: only the author knows
// what to say instead.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import { MARK } from '../../text/scan';
import { insideRanges, quotesOf } from '../../text/quotes';
import type { RuleDef, RuleKind } from '../api';
import { bool, int, knownOptions } from './options';

// ‼ ⁇ ⁈ ⁉ are two marks each.
const MARKS = /[!?\u203C\u2047-\u2049]+/g;
const DOTS = /[.…]{2,}/g;
const DOUBLE = /[\u203C\u2047-\u2049]/g;
const MORE_THAN_ONE = /[!?\u203C\u2047-\u2049]{2}|[\u203C\u2047-\u2049]/;

const MESSAGES = {
  interrobang: {
    en: '«{run}» reads as indignation. Ask the question with a plain «?».',
    ru: '«{run}» звучит как возмущение. Задайте вопрос с обычным «?».',
  },
  ellipsis: {
    en: '«{run}»: an ellipsis has three dots. Write «…».',
    ru: '«{run}»: в многоточии три точки. Напишите «…».',
  },
  brackets: {
    en: '«{run}»: a bracket smiley sounds over-familiar in a brand’s reply, and some readers take it as mockery. Say it in words or use one emoji.',
    ru: '«{run}»: скобочный смайлик в ответе бренда звучит фамильярно, а кто-то прочтёт его как насмешку. Скажите словами или поставьте один эмодзи.',
  },
};

/** The message for a secondary case, unless the rule has its own message (then its template is used). */
function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

/** Offsets of brackets that close or open nothing, as a set (one pass, a stack of open brackets). */
function unmatchedBrackets(text: string): Set<number> {
  const open: number[] = [];
  const out = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open.push(i);
    else if (c === 41) {
      if (open.length) open.pop();
      else out.add(i);
    }
  }
  for (const i of open) out.add(i);
  return out;
}

export const punctuationKind: RuleKind = {
  kind: 'punctuation',
  description: { en: 'Runs of exclamation and question marks, and bracket smileys.', ru: 'Серии восклицательных и вопросительных знаков, скобочные смайлы.' },
  defaultMessage: {
    en: '«{run}»: several marks in a row read as shouting. One «{mark}» is enough.',
    ru: '«{run}»: несколько знаков подряд читаются как крик. Достаточно одного «{mark}».',
  },
  compile(def) {
    knownOptions(def, ['max', 'brackets', 'ellipsis']);
    const max = int(def, 'max', 1, 1);
    const brackets = bool(def, 'brackets', true);
    const ellipsis = bool(def, 'ellipsis', true);
    return (unit, report) => {
      const text = unit.text;
      const lang = unit.ctx.lang;
      const { marks, stops, stopCount } = unit.words;
      // the scan lists every . ! ? … (WordSpans.stops): two marks in a row stand side by side there
      let dots = false;
      let exclaims = false;
      for (let p = 0; p < stopCount; p++) {
        const at = stops[p] as number;
        const c = text.charCodeAt(at);
        if (c === 0x2026) dots = true;
        else if (stops[p + 1] === at + 1) {
          const d = text.charCodeAt(at + 1);
          if (c === 0x2e && d === 0x2e) dots = true;
          else if ((c === 0x21 || c === 0x3f) && (d === 0x21 || d === 0x3f)) exclaims = true;
        }
      }
      // a run counts more than one (max is at least 1) only with two marks in a row or a double one
      // (‼ ⁇ ⁈ ⁉, which are among the characters of MARK.EMOJI)
      if (marks & MARK.EXCLAIM && (exclaims || (marks & MARK.EMOJI && MORE_THAN_ONE.test(text)))) {
        MARKS.lastIndex = 0;
        for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
          const run = m[0];
          const count = run.length + (run.match(DOUBLE)?.length ?? 0);
          if (count <= max) continue;
          // someone else's words, quoted: «КАК ТАК?!» is the customer's cry, not the brand's
          if (insideRanges(quotesOf(unit), m.index, m.index + run.length)) continue;
          const mark = /[?\u2047-\u2049]/.test(run) ? '?' : '!';
          const start = m.index;
          const end = start + run.length;
          const args = { run, count, mark, max };
          const mixed = /[?\u2047-\u2049]/.test(run) && /[!\u203C\u2048\u2049]/.test(run);
          report({
            start,
            end,
            args,
            ...(mixed ? { message: say(def, lang, MESSAGES.interrobang, args) } : {}),
            fix: { start, end, replacement: mark },
          });
        }
      }
      if (ellipsis && dots) {
        DOTS.lastIndex = 0;
        for (let m = DOTS.exec(text); m !== null; m = DOTS.exec(text)) {
          const run = m[0];
          const dots = [...run].filter((c) => c === '.').length;
          const longOnes = run.length - dots;
          // “..” (two dots) is a typo of a kind this rule leaves alone; “...” is a fine ellipsis.
          if (longOnes === 0 ? dots <= 3 : run.length < 2) continue;
          // a path or a range (“../..”, “1..5”) is not prose
          if (longOnes === 0 && /[/\\\p{N}]/u.test(text[m.index + run.length] ?? '') && /[/\\\p{N}]/u.test(text[m.index - 1] ?? '')) continue;
          const start = m.index;
          const end = start + run.length;
          const args = { run, count: run.length, mark: '…', max };
          report({ start, end, args, message: say(def, lang, MESSAGES.ellipsis, args), fix: { start, end, replacement: '…' } });
        }
      }
      if (brackets && marks & MARK.BRACKET && (text.includes('))') || text.includes('(('))) {
        const lone = unmatchedBrackets(text);
        for (let i = 0; i < text.length; i++) {
          const c = text[i];
          if (c !== '(' && c !== ')') continue;
          let j = i;
          while (text[j] === c) j++;
          let unmatched = 0;
          for (let k = i; k < j; k++) if (lone.has(k)) unmatched++;
          if (unmatched >= 2) {
            const run = text.slice(i, j);
            // Suggest removing the smiley with the spaces that would be left dangling.
            let s = i;
            let e = j;
            const after = text[j];
            if (after === undefined || after === '\n' || /[\s.,!?;:]/.test(after)) {
              while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
            } else if (/\s/.test(text[i - 1] ?? '\n')) {
              while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
            }
            const args = { run, count: run.length, mark: c, max };
            report({ start: i, end: j, args, message: say(def, lang, MESSAGES.brackets, args), suggestions: [{ start: s, end: e, replacement: '' }] });
          }
          i = j - 1;
        }
      }
    };
  },
};
