// banned: words and phrases the brand never uses, caught in all their forms.
//   words: [гарантировать, "мы вынуждены", "as per our policy", "идиот*", "=данный"]
//   exceptions: [...]   forms or phrases that are fine although they match
//   alone: [noted, учтём]   words and phrases that are off only as a whole reply: a bare «Noted.» or
//                    «Спасибо, учтём.» brushes the person off; within a longer reply they are fine
//   vocative: [genius, гений]   words that are off when they address the reader: after a comma and
//                    before the end of a sentence ("Nice try, genius.", «Не стоит, гений.»), where
//                    praise in name turns to sarcasm; elsewhere ("a genius idea") they are fine
//   suggest: { term: replacement }   offered as a quick fix where the match is exactly the term
//                    (its words in a row: not where filler words sit between them)
// Phrases match with a couple of filler words between their words (see FILLERS in rules/words.ts).
//   negated: allow   a match right after a negation in its sentence is fine: «не можем гарантировать»,
//                    "we cannot guarantee", "there is no guarantee" are honest, not promises; so is
//                    one whose clause ends in «нет» («вашей вины тут нет»)
// In prose (docs, house rules) a match inside quotation marks is a word mentioned, not used, and is
// not reported (inUse); in replies, one inside a quoted title or sentence («Подкидной дурак»).
import type { Token } from '../../text/tokenize';
import type { RuleKind } from '../api';
import { RuleOptionError, withGates } from '../api';
import { TermMatcher, inUse, matchCase, mentionNote, withoutAllowed } from '../words';
import { knownOptions, stringList } from './options';

/** Negations that are the subject of the clause, a few words before what they deny ("None of this is your fault"). */
const SUBJECT_NEGATIONS = new Set(['none', 'nothing']);
const NEGATIONS = new Set([
  'не', 'нельзя', 'невозможно', 'нет', 'ни', 'not', 'no', 'cannot', "can't", "don't", "won't", "couldn't", "wouldn't", 'unable', 'nor', 'neither', 'never',
  "isn't", "wasn't", "aren't", "weren't", "doesn't", "didn't", "hasn't", "haven't",
  // "None of this is your fault": the subject denies it (further off: see SUBJECT_NEGATIONS)
  ...SUBJECT_NEGATIONS,
]);
/** Modals that a «не» before them turns into what the brand cannot do (see negatedAfter). */
const NEGATED_MODALS = new Set(['можем', 'могу', 'может', 'можно', 'сможем', 'станем', 'будем']);

// Verbs of promising: after «не можем обещать» / "we can't promise" a promise later in the sentence
// is what the brand does not promise («…, что это никогда не повторится»); and of asking: after "we
// will never ask you to", «никогда не попросим» a request is what the brand does not make ("…send us
// your PIN").
const PROMISE_OR_ASK = /^(?:promis|guarant|vouch|обеща|гарантир|ручат|поручит|поклян|ask|request|попрос|прос(?:им|ят|ит)$|потребу|требу)/;

// Negations that keep their reach over a comma: a modal that is negated, or is the negation («не
// можем, к сожалению, гарантировать», "we can't, sadly, guarantee"). «Не переживайте, гарантируем» and
// "No worries, we guarantee" are two clauses: the second one promises.
const MODAL = new Set(['можем', 'может', 'могу', 'сможем', 'станем', 'будем', 'стоит', 'can', 'could', 'will', 'would', 'do', 'does']);
const SELF_MODAL = new Set(['нельзя', 'невозможно', 'cannot', "can't", "won't", "couldn't", "wouldn't", "don't", 'unable']);

/** Whether a negated modal at token `k` is interrupted by a comma right after it: «не можем, к сожалению, …». */
function parenthetical(tokens: readonly Token[], k: number, text: string): boolean {
  const m = SELF_MODAL.has((tokens[k] as Token).norm) ? k : MODAL.has((tokens[k + 1] as Token)?.norm) ? k + 1 : -1;
  const next = tokens[m + 1];
  return m >= 0 && next !== undefined && text.slice((tokens[m] as Token).end, next.start).includes(',');
}

/**
 * Whether a Russian «нет» ends the clause a few words after the match at tokens [.., last]: «вашей
 * вины в этом нет», «гарантий тут нет». Only at the clause's end: in «по вашей вине нет доставки» the
 * «нет» negates the delivery, not the blame.
 */
const CLAUSE_END = /[.!?…;,—–:()]/;
function negatedAfter(tokens: readonly Token[], last: number, text: string): boolean {
  const endsClause = (k: number) => k + 1 >= tokens.length || CLAUSE_END.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start));
  // a negated modal later in the clause: «Гарантировать билет каждому мы не можем»
  for (let k = last + 1; k <= last + 7 && k + 1 < tokens.length; k++) {
    if (endsClause(k - 1)) break;
    if ((tokens[k] as Token).norm === 'не' && NEGATED_MODALS.has((tokens[k + 1] as Token).norm) && !endsClause(k)) return true;
  }
  for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
    if (endsClause(k - 1)) return false;
    if ((tokens[k] as Token).norm === 'нет') return endsClause(k);
  }
  return false;
}

/**
 * Whether the match at token `i` is negated: a negation among the three words before it in its clause
 * (a dash or a colon ends one; so does a comma, but for a negated modal that a parenthetical
 * interrupts, which reaches five words), or earlier in its sentence a
 * negated verb of promising ("we can't promise it will never happen again").
 */
function negatedAt(tokens: readonly Token[], i: number, last: number, text: string): boolean {
  if (negatedAfter(tokens, last, text)) return true;
  let clause = true; // no clause boundary between token k and the match yet
  let comma = false;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    const gap = text.slice(t.end, (tokens[k + 1] as Token).start);
    if (/[.!?…;]/.test(gap)) return false;
    if (/[—–:]/.test(gap) || /\s-\s/.test(gap)) clause = false;
    if (gap.includes(',')) comma = true;
    if (!NEGATIONS.has(t.norm)) continue;
    if (clause) {
      if (!comma ? k >= i - (SUBJECT_NEGATIONS.has(t.norm) ? 5 : 3) : k >= i - 5 && parenthetical(tokens, k, text)) return true;
    }
    for (let v = k + 1; v <= k + 3 && v < i; v++) if (PROMISE_OR_ASK.test((tokens[v] as Token).norm)) return true;
  }
  return false;
}

const ALONE_NOTE = {
  en: 'As the whole reply it tells the person nothing: add what happens next, or ask what you need to know.',
  ru: 'Как весь ответ это ничего не говорит человеку: добавьте, что будет дальше, или спросите, что нужно уточнить.',
};
/**
 * Whether text[start, end) addresses the reader: a comma before it (spaces between) and the end of
 * a sentence, of a quote or bracket, or of the text after it ("…, genius.", «…, гений!»).
 */
function addressing(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i] as string)) i--;
  if (text[i] !== ',') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || /[.!?…;)»"”\n]/.test(text[j] as string);
}

/** What text around a vocative looks like (see addressing): a comma, one or two words, a sentence end or the text's end. */
const VOCATIVE_SHAPE = /,\s*[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+)?[ \t]*(?:[.!?…;)»"”\n]|$)/u;

/** The most words a reply may have for an `alone` term to be all of it. */
const ALONE_MAX_WORDS = 8;

export const bannedKind: RuleKind = {
  kind: 'banned',
  description: { en: 'Words and phrases the brand never uses, in all their forms.', ru: 'Слова и фразы, которых бренд не использует, во всех формах.' },
  defaultMessage: {
    en: '«{word}» is off-brand here. Rephrase without it.',
    ru: '«{word}» не в тоне бренда. Переформулируйте без этого слова.',
  },
  compile(def, env) {
    knownOptions(def, ['words', 'exceptions', 'suggest', 'negated', 'alone', 'vocative']);
    if (def.negated !== undefined && def.negated !== 'allow') throw new RuleOptionError('"negated" can only be "allow" (matches after a negation are then fine).', 'negated');
    const allowNegated = def.negated === 'allow';
    const matcher = new TermMatcher(stringList(def, 'words', true), { gated: true, loose: true, option: 'words' });
    const exceptions = new TermMatcher(stringList(def, 'exceptions'), { loose: true, option: 'exceptions' });
    const allowed = new TermMatcher([...env.allow]);
    const suggest = (def.suggest ?? {}) as Record<string, unknown>;
    const alone = def.alone === undefined ? undefined : new TermMatcher(stringList(def, 'alone'), { gated: true, acrossSentences: true, option: 'alone' });
    const vocative = def.vocative === undefined ? undefined : new TermMatcher(stringList(def, 'vocative'), { gated: true, option: 'vocative' });
    // a text none of whose words opens a gate of any of the lists cannot concern the rule
    const gates = matcher.gateBit && (!alone || alone.gateBit) && (!vocative || vocative.gateBit) ? matcher.gateBit | (alone?.gateBit ?? 0) | (vocative?.gateBit ?? 0) : 0;
    return withGates(gates, (unit, report) => {
      // a whole reply of a few words that is one of the `alone` terms
      if (alone && unit.text.length <= 120 && unit.words.count <= ALONE_MAX_WORDS && unit.words.count > 0 && alone.mayMatch(unit)) {
        const tokens = unit.tokens;
        const m = alone.find(tokens, unit.text)[0];
        if (m && m.first === 0 && m.last === tokens.length - 1) {
          report({ start: m.start, end: m.end, args: { word: unit.text.slice(m.start, m.end), term: m.term.source }, note: ALONE_NOTE[unit.ctx.lang] });
          return;
        }
      }
      // a vocative's shape (a comma, a word or two, the end of a sentence) is looked for before the
      // text is tokenized: "genius" is common in quotations that address nobody
      if (vocative && vocative.mayMatch(unit) && VOCATIVE_SHAPE.test(unit.text) && unit.tokens.length) {
        const tokens = unit.tokens;
        const found = withoutAllowed(withoutAllowed(vocative.find(tokens, unit.text), exceptions, tokens, unit.text), allowed, tokens, unit.text);
        for (const m of inUse(found, unit)) {
          if (!addressing(unit.text, m.start, m.end)) continue;
          report({ start: m.start, end: m.end, args: { word: unit.text.slice(m.start, m.end), term: m.term.source } });
        }
      }
      if (!matcher.mayMatch(unit)) return;
      const tokens = unit.tokens;
      if (!tokens.length) return;
      let found = matcher.find(tokens, unit.text);
      if (!found.length) return;
      found = withoutAllowed(withoutAllowed(found, exceptions, tokens, unit.text), allowed, tokens, unit.text);
      if (allowNegated) found = found.filter((m) => !negatedAt(tokens, m.first, m.last, unit.text));
      found = inUse(found, unit);
      const note = mentionNote(unit.ctx.role, unit.ctx.lang);
      for (const m of found) {
        const word = unit.text.slice(m.start, m.end);
        const s = suggest[m.term.source];
        report({
          start: m.start,
          end: m.end,
          args: { word, term: m.term.source },
          ...(note ? { note } : {}),
          // not over filler words: the replacement would drop them
          ...(typeof s === 'string' && !m.skipped ? { suggestions: [{ start: m.start, end: m.end, replacement: matchCase(s, word) }] } : {}),
        });
      }
    });
  },
};
