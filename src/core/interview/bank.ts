// Interview question banks for hiring community managers: parsed with positions, validated (ids
// across banks, categories, competencies, translations, rubrics), grouped and filtered for the tree;
// interview kits edited as text (comments kept); scorecards summarised and exported to Markdown and
// printable HTML (every user string escaped).
import * as YAML from 'yaml';
import bankSchema from '../../../schemas/interview-bank.schema.json';
import kitSchema from '../../../schemas/interview-kit.schema.json';
import scorecardSchema from '../../../schemas/interview-scorecard.schema.json';
import { firstLineRange, nodeAt, nodeRange, schemaProblems } from '../config/schema';
import { RecentParses } from '../source/recent';
import { endOf, fastNodeAt, fastParseYaml, fastToJs, type FMap, type FNode } from '../responses/fastYaml';
import { parseYaml, toJsSafe } from '../source/yaml';
import { normalizeWord } from '../text/tokenize';
import type { Bilingual, Fix, Lang, Localized, Problem } from '../types';
import { LANGS, laterDuplicates, localize, problemText } from '../types';

export type Level = 'junior' | 'middle' | 'senior';
type LocalizedList = string[] | Partial<Record<Lang, string[]>>;
type Rubric = Partial<Record<'1' | '2' | '3' | '4' | '5', Localized>>;

export interface Question {
  id: string;
  file: string;
  category: string;
  competencies: string[];
  level?: Level;
  time?: number;
  question: Localized;
  strongAnswer?: Localized;
  redFlags?: LocalizedList;
  followUps?: LocalizedList;
  rubric?: string | Rubric;
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
}

export interface Bank {
  path: string;
  languages: Lang[];
  categories: Record<string, Localized>;
  competencies: Record<string, Localized>;
  rubrics: Record<string, Rubric>;
  questions: Question[];
  problems: Problem[];
}

const problem = (message: string | Bilingual, [start, end]: [number, number], code: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, ...problemText(message), start, end, code });

const recent = new RecentParses<Bank>();

/**
 * Parses one question bank: its questions with positions, and its YAML and schema problems. Never
 * throws. Results are shared with later calls for the same path and text: do not modify them.
 * `reader: 'yaml'` skips the fast reader (tests compare the two).
 */
export function parseBank(source: string, path: string, opts: { reader?: 'auto' | 'yaml' } = {}): Bank {
  if (opts.reader === 'yaml') return readBank(source, path, false);
  const hit = recent.get(path, source);
  if (hit) return hit;
  const bank = readBank(source, path, true);
  recent.set(path, source, bank);
  return bank;
}

/** Where things are in a bank's source, by key path, from either reader. */
interface BankLocator {
  /** The range to report at for a path, as nodeRange(nodeAt(...)) gives it. */
  at(path: (string | number)[], key?: boolean): [number, number];
  /** [start, end) of question i's node. */
  question(i: number): [number, number];
}

const EMPTY_DOC = new YAML.Document();

/**
 * Reads a bank with the fast reader of responses/fastYaml.ts (the `yaml` library took about 3 s for a
 * 10,000-question bank, and most of a CLI run over a small kit, cold); files outside its YAML
 * subset, or with schema problems (so their positions come from one place), go to `yaml`.
 */
function readBank(source: string, path: string, fast: boolean): Bank {
  const root = fast ? fastParseYaml(source) : undefined;
  const raw = root && fastToJs(root);
  if (root && !schemaProblems(EMPTY_DOC, source, bankSchema, 'interview-schema', raw).length) return buildBank(path, raw, [], fastLocator(root, source));
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) return buildBank(path, undefined, problems, yamlLocator(doc, source));
  const value = toJsSafe(doc) as Record<string, unknown> | undefined;
  problems.push(...schemaProblems(doc, source, bankSchema, 'interview-schema', value ?? null));
  return buildBank(path, value, problems, yamlLocator(doc, source));
}

function yamlLocator(doc: YAML.Document, source: string): BankLocator {
  return {
    at: (p, key = false) => nodeRange(nodeAt(doc, p, key), source),
    question(i) {
      const node = nodeAt(doc, ['questions', i]);
      return node?.range ? [node.range[0], node.range[1]] : [0, 0];
    },
  };
}

function fastLocator(root: FMap, source: string): BankLocator {
  return {
    at(p, key = false) {
      const n = fastNodeAt(root, p, key, true);
      if (!n) return nodeRange(undefined, source);
      return n.kind === 'scalar' ? [n.start, n.end] : firstLineRange(source, n.start, n.end);
    },
    question(i) {
      const n = fastNodeAt(root, ['questions', i]);
      if (!n) return [0, 0];
      if (n.kind === 'scalar' || n.flow) return [n.start, n.end];
      // `yaml` ends a block collection after the line break of the line its last value ends on
      // (a same-line comment included), or where its last block scalar ends.
      let last: FNode = n;
      while (last.kind !== 'scalar' && !last.flow) {
        const next: FNode | undefined = last.kind === 'map' ? last.pairs[last.pairs.length - 1]?.value : last.items[last.items.length - 1];
        if (!next) break;
        last = next;
      }
      if (last.kind === 'scalar' && (last.style === 'BLOCK_LITERAL' || last.style === 'BLOCK_FOLDED')) return [n.start, last.end];
      const nl = source.indexOf('\n', endOf(n));
      return [n.start, nl === -1 ? source.length : nl + 1];
    },
  };
}

// A bank with schema problems is still read, so every value is checked for its shape here: the tree,
// search and exports can rely on what a Question says (a null rubric score crashed the bank's checks).
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);

function localized(v: unknown): Localized | undefined {
  if (typeof v === 'string') return v;
  if (!isRecord(v)) return undefined;
  if (Object.entries(v).every(([k, t]) => (k === 'ru' || k === 'en') && typeof t === 'string')) return v as Localized;
  const out: Partial<Record<Lang, string>> = {};
  for (const l of LANGS) if (typeof v[l] === 'string') out[l] = v[l] as string;
  return out;
}

function localizedList(v: unknown): LocalizedList | undefined {
  if (Array.isArray(v)) return strings(v);
  if (!isRecord(v)) return undefined;
  const out: Partial<Record<Lang, string[]>> = {};
  for (const l of LANGS) {
    const list = strings(v[l]);
    if (list) out[l] = list;
  }
  return out;
}

/** A map of localized texts (categories, competencies, a rubric's scores); a value of another shape is ''. */
function localizedMap(v: unknown): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  if (isRecord(v)) for (const [k, t] of Object.entries(v)) out[k] = localized(t) ?? '';
  return out;
}

function buildBank(path: string, raw: unknown, problems: Problem[], loc: BankLocator): Bank {
  const bank: Bank = { path, languages: [], categories: {}, competencies: {}, rubrics: {}, questions: [], problems };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bank;
  const top = raw as Record<string, unknown>;
  if (Array.isArray(top.languages)) bank.languages = top.languages.filter((l): l is Lang => l === 'ru' || l === 'en');
  if (isRecord(top.categories)) bank.categories = localizedMap(top.categories);
  if (isRecord(top.competencies)) bank.competencies = localizedMap(top.competencies);
  if (isRecord(top.rubrics)) for (const [id, r] of Object.entries(top.rubrics)) bank.rubrics[id] = localizedMap(r);
  const at = loc.at;
  const list = Array.isArray(top.questions) ? top.questions : [];
  list.forEach((q: Record<string, unknown>, i: number) => {
    if (!q || typeof q !== 'object' || typeof q.id !== 'string') return;
    const [start, end] = loc.question(i);
    const [idStart, idEnd] = at(['questions', i, 'id']);
    bank.questions.push({
      id: q.id,
      file: path,
      category: typeof q.category === 'string' ? q.category : '',
      competencies: Array.isArray(q.competencies) ? q.competencies.filter((c): c is string => typeof c === 'string') : [],
      level: ['junior', 'middle', 'senior'].includes(q.level as string) ? (q.level as Level) : undefined,
      time: typeof q.time === 'number' ? q.time : undefined,
      question: localized(q.question) ?? '',
      strongAnswer: localized(q.strong_answer),
      redFlags: localizedList(q.red_flags),
      followUps: localizedList(q.follow_ups),
      rubric: typeof q.rubric === 'string' ? q.rubric : isRecord(q.rubric) ? localizedMap(q.rubric) : undefined,
      start,
      end,
      idStart,
      idEnd,
    });
  });
  // Semantic checks inside one bank.
  const seen = new Set<string>();
  bank.questions.forEach((q, i) => {
    if (seen.has(q.id)) problems.push(problem({ en: `Duplicate question id "${q.id}". Ids must be unique across the banks.`, ru: `Повтор id вопроса «${q.id}». Id должны быть уникальны во всех банках.` }, [q.idStart, q.idEnd], 'duplicate-id'));
    seen.add(q.id);
    if (Object.keys(bank.categories).length && q.category && !(q.category in bank.categories)) {
      problems.push(problem({ en: `Unknown category "${q.category}". Declare it under "categories" or use one of: ${Object.keys(bank.categories).join(', ')}.`, ru: `Неизвестная категория «${q.category}». Объявите её в "categories" или выберите одну из: ${Object.keys(bank.categories).join(', ')}.` }, at(['questions', i, 'category']), 'unknown-category'));
    }
    q.competencies.forEach((c, k) => {
      if (Object.keys(bank.competencies).length && !(c in bank.competencies)) {
        problems.push(problem({ en: `Unknown competency "${c}". Declare it under "competencies".`, ru: `Неизвестная компетенция «${c}». Объявите её в "competencies".` }, at(['questions', i, 'competencies', k]), 'unknown-competency'));
      }
    });
    for (const lang of bank.languages) {
      for (const [field, key] of [['question', 'question'], ['strongAnswer', 'strong_answer']] as const) {
        const v = q[field];
        if (v !== undefined && typeof v === 'object' && !v[lang]) {
          problems.push(problem({ en: `"${key}" of "${q.id}" has no ${lang} text, though the bank declares ${lang}.`, ru: `У «${key}» вопроса «${q.id}» нет текста на ${lang}, хотя банк объявляет ${lang}.` }, at(['questions', i, key], true), 'missing-translation', 'warning'));
        }
      }
    }
    if (typeof q.rubric === 'string' && !(q.rubric in bank.rubrics)) problems.push(problem({ en: `Unknown rubric "${q.rubric}". Declare it under "rubrics".`, ru: `Неизвестная шкала оценки «${q.rubric}». Объявите её в "rubrics".` }, at(['questions', i, 'rubric']), 'unknown-rubric'));
    if (q.rubric && typeof q.rubric === 'object' && Object.values(q.rubric).every((t) => !localize(t, 'en').trim())) problems.push(problem({ en: 'This rubric is empty: say what each score means.', ru: 'Шкала оценки пуста: опишите, что значит каждый балл.' }, at(['questions', i, 'rubric'], true), 'empty-rubric'));
  });
  for (const [id, r] of Object.entries(bank.rubrics)) {
    if (!r || !Object.values(r).some((t) => localize(t as Localized, 'en').trim())) problems.push(problem({ en: `Rubric "${id}" is empty: say what each score means.`, ru: `Шкала «${id}» пуста: опишите, что значит каждый балл.` }, at(['rubrics', id], true), 'empty-rubric'));
  }
  return bank;
}

/** Question ids used in more than one bank: a problem at each later one, per bank path. */
export function duplicatesAcrossBanks(banks: readonly Bank[]): Map<string, Problem[]> {
  const dups = laterDuplicates(banks.map((b) => ({ path: b.path, items: b.questions })));
  return new Map([...dups].map(([path, list]) => [path, list.map(({ item, firstPath }) => problem({ en: `Duplicate question id "${item.id}": ${firstPath} uses it too.`, ru: `Повтор id вопроса «${item.id}»: он есть и в ${firstPath}.` }, [item.idStart, item.idEnd], 'duplicate-id'))]));
}

// ------------------------------------------------------------------------------ tree: group, filter

export type GroupBy = 'category' | 'competency' | 'level';

const searchText = new WeakMap<Question, string>();
const listText = (l: LocalizedList | undefined) => (!l ? '' : Array.isArray(l) ? l.join(' ') : Object.values(l).flat().join(' '));
const allText = (v: Localized | undefined) => (v === undefined ? '' : typeof v === 'string' ? v : Object.values(v).join(' '));

/** The normalized search text of a question, computed once: id, both languages' texts, answers. */
export function questionSearchText(q: Question): string {
  let s = searchText.get(q);
  if (s === undefined) {
    s = normalizeWord([q.id, q.category, q.competencies.join(' '), allText(q.question), allText(q.strongAnswer), listText(q.followUps)].join(' '));
    searchText.set(q, s);
  }
  return s;
}

/** Questions matching every word of the query, in either language (case and ё/е insensitive). */
export function filterQuestions(questions: readonly Question[], query: string): Question[] {
  const words = normalizeWord(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...questions];
  return questions.filter((q) => {
    const s = questionSearchText(q);
    return words.every((w) => s.includes(w));
  });
}

export function groupQuestions(questions: readonly Question[], by: GroupBy): Map<string, Question[]> {
  const groups = new Map<string, Question[]>();
  for (const q of questions) {
    const keys = by === 'category' ? [q.category || '—'] : by === 'level' ? [q.level ?? '—'] : q.competencies.length ? q.competencies : ['—'];
    for (const k of keys) {
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(q);
    }
  }
  return groups;
}

// ------------------------------------------------------------------------------ kits

export interface KitQuestion {
  id: string;
  minutes?: number;
}

export interface InterviewKit {
  title?: string;
  role?: string;
  candidate?: string;
  lang?: Lang;
  questions: KitQuestion[];
  problems: Problem[];
}

export function parseKit(source: string, known?: ReadonlySet<string>): InterviewKit {
  const { doc, problems } = parseYaml(source);
  const kit: InterviewKit = { questions: [], problems };
  if (problems.some((p) => p.severity === 'error')) return kit;
  const raw = toJsSafe(doc) as Record<string, unknown> | undefined;
  problems.push(...schemaProblems(doc, source, kitSchema, 'interview-kit-schema', raw ?? null));
  if (!raw) return kit;
  for (const k of ['title', 'role', 'candidate'] as const) if (typeof raw[k] === 'string') kit[k] = raw[k] as string;
  if (raw.lang === 'ru' || raw.lang === 'en') kit.lang = raw.lang;
  (Array.isArray(raw.questions) ? raw.questions : []).forEach((q: Record<string, unknown>, i: number) => {
    if (!q || typeof q.id !== 'string') return;
    kit.questions.push({ id: q.id, ...(typeof q.minutes === 'number' ? { minutes: q.minutes } : {}) });
    if (known && !known.has(q.id)) problems.push(problem({ en: `Unknown question "${q.id}": no bank has it.`, ru: `Неизвестный вопрос «${q.id}»: его нет ни в одном банке.` }, nodeRange(nodeAt(doc, ['questions', i, 'id']), source), 'unknown-question'));
  });
  return kit;
}

/** Minutes of the whole interview: each question's own minutes, else the bank's time, else 5. */
export function kitMinutes(kit: InterviewKit, questions: ReadonlyMap<string, Question>): number {
  return kit.questions.reduce((n, q) => n + (q.minutes ?? questions.get(q.id)?.time ?? 5), 0);
}

/**
 * Text edits that add questions to a kit file (creating `questions:` if needed) and leave everything
 * else — comments, order, formatting — as it is. Ids already in the kit are skipped.
 */
export function addToKit(source: string, items: readonly KitQuestion[]): Fix[] {
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) return [];
  const root = doc.contents;
  const seq = YAML.isMap(root) ? root.get('questions', true) : undefined;
  const present = new Set(YAML.isSeq(seq) ? seq.items.map((i) => (YAML.isMap(i) ? String(i.get('id')) : '')) : []);
  const fresh = items.filter((q) => !present.has(q.id));
  if (!fresh.length) return [];
  const line = (q: KitQuestion, indent: string) => `${indent}- id: ${q.id}${q.minutes ? `\n${indent}  minutes: ${q.minutes}` : ''}`;
  if (YAML.isSeq(seq) && !seq.flow && seq.items.length) {
    const last = seq.items[seq.items.length - 1] as YAML.Node;
    const dash = source.lastIndexOf('-', last.range![0]);
    const lineStart = source.lastIndexOf('\n', dash) + 1;
    const indent = source.slice(lineStart, dash);
    let end = last.range![1];
    while (end > 0 && /\s/.test(source[end - 1] as string)) end--;
    const eol = source.indexOf('\n', end);
    const at = eol === -1 ? source.length : eol;
    return [{ start: at, end: at, replacement: `\n${fresh.map((q) => line(q, indent)).join('\n')}` }];
  }
  if (YAML.isSeq(seq) && seq.range) {
    // empty or flow list: replace it with a block list
    const keyPair = (root as YAML.YAMLMap).items.find((p) => YAML.isScalar(p.key) && p.key.value === 'questions') as YAML.Pair<YAML.Scalar, YAML.Node>;
    const from = keyPair.key.range![1];
    return [{ start: from, end: seq.range[1], replacement: `:\n${fresh.map((q) => line(q, '  ')).join('\n')}` }];
  }
  const sep = source.length && !source.endsWith('\n') ? '\n' : '';
  return [{ start: source.length, end: source.length, replacement: `${sep}questions:\n${fresh.map((q) => line(q, '  ')).join('\n')}\n` }];
}

// ------------------------------------------------------------------------------ scorecards

export type Recommendation = 'strong-no' | 'no' | 'yes' | 'strong-yes';

export interface Scorecard {
  kit?: string;
  candidate?: string;
  interviewer?: string;
  date?: string;
  scores: { id: string; score?: number; notes?: string }[];
  recommendation?: Recommendation;
  summary?: string;
  problems: Problem[];
}

export function parseScorecard(source: string): Scorecard {
  const { doc, problems } = parseYaml(source);
  const card: Scorecard = { scores: [], problems };
  if (problems.some((p) => p.severity === 'error')) return card;
  const raw = toJsSafe(doc) as Record<string, unknown> | undefined;
  problems.push(...schemaProblems(doc, source, scorecardSchema, 'scorecard-schema', raw ?? null));
  if (!raw) return card;
  for (const k of ['kit', 'candidate', 'interviewer', 'date', 'summary'] as const) if (typeof raw[k] === 'string') card[k] = raw[k] as string;
  if (['strong-no', 'no', 'yes', 'strong-yes'].includes(raw.recommendation as string)) card.recommendation = raw.recommendation as Recommendation;
  // each entry as the model types it: a value of another type (notes: true, score: "3") is left out
  // here, and the schema problems above say where it is
  if (Array.isArray(raw.scores)) {
    card.scores = raw.scores
      .filter((s): s is Record<string, unknown> => !!s && typeof s === 'object' && typeof (s as Record<string, unknown>).id === 'string')
      .map((s) => ({
        id: s.id as string,
        ...(typeof s.score === 'number' && Number.isFinite(s.score) ? { score: s.score } : {}),
        ...(typeof s.notes === 'string' ? { notes: s.notes } : {}),
      }));
  }
  return card;
}

/** Mean score per competency over the scored questions that probe it. */
export function competencySummary(card: Scorecard, questions: ReadonlyMap<string, Question>): { competency: string; mean: number; count: number }[] {
  const acc = new Map<string, number[]>();
  for (const s of card.scores) {
    if (s.score === undefined) continue;
    for (const c of questions.get(s.id)?.competencies ?? []) acc.set(c, [...(acc.get(c) ?? []), s.score]);
  }
  return [...acc].map(([competency, xs]) => ({ competency, count: xs.length, mean: Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 })).sort((a, b) => a.competency.localeCompare(b.competency));
}

const REC: Record<Lang, Record<Recommendation, string>> = {
  en: { 'strong-no': 'Strong no', no: 'No', yes: 'Yes', 'strong-yes': 'Strong yes' },
  ru: { 'strong-no': 'Точно нет', no: 'Нет', yes: 'Да', 'strong-yes': 'Точно да' },
};
const WORDS: Record<Lang, Record<string, string>> = {
  en: { title: 'Interview scorecard', candidate: 'Candidate', interviewer: 'Interviewer', date: 'Date', question: 'Question', score: 'Score', notes: 'Notes', competencies: 'Competencies', competency: 'Competency', mean: 'Mean', recommendation: 'Recommendation', summary: 'Summary' },
  ru: { title: 'Оценка собеседования', candidate: 'Кандидат', interviewer: 'Интервьюер', date: 'Дата', question: 'Вопрос', score: 'Оценка', notes: 'Заметки', competencies: 'Компетенции', competency: 'Компетенция', mean: 'Среднее', recommendation: 'Рекомендация', summary: 'Итог' },
};

/**
 * User text (names, notes, questions) as literal Markdown text: markup characters backslash-escaped,
 * so `<img onerror>`, `[x](javascript:…)`, `**` or a `|` that would end a table cell show as typed, and
 * line breaks joined, so a note cannot start a heading or a list of its own.
 */
export function mdText(s: string): string {
  return s
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([#+=>-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
const mdCell = mdText;

export function scorecardMarkdown(card: Scorecard, questions: ReadonlyMap<string, Question>, competencies: Record<string, Localized>, lang: Lang): string {
  const w = WORDS[lang];
  const out = [`# ${w.title}${card.candidate ? `: ${mdText(card.candidate)}` : ''}`, ''];
  if (card.interviewer) out.push(`- ${w.interviewer}: ${mdText(card.interviewer)}`);
  if (card.date) out.push(`- ${w.date}: ${mdText(card.date)}`);
  if (card.recommendation) out.push(`- **${w.recommendation}: ${REC[lang][card.recommendation]}**`);
  out.push('', `| ${w.question} | ${w.score} | ${w.notes} |`, '|---|---:|---|');
  for (const s of card.scores) {
    const q = questions.get(s.id);
    out.push(`| ${mdCell(q ? localize(q.question, lang) : s.id)} | ${s.score ?? '—'} | ${mdCell(s.notes ?? '')} |`);
  }
  const summary = competencySummary(card, questions);
  if (summary.length) {
    out.push('', `## ${w.competencies}`, '', `| ${w.competency} | ${w.mean} |`, '|---|---:|');
    for (const c of summary) out.push(`| ${mdCell(competencies[c.competency] ? localize(competencies[c.competency], lang) : c.competency)} | ${c.mean} |`);
  }
  if (card.summary) out.push('', `## ${w.summary}`, '', mdText(card.summary));
  return out.join('\n') + '\n';
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A standalone printable HTML page: no scripts, every user string escaped. */
export function scorecardHtml(card: Scorecard, questions: ReadonlyMap<string, Question>, competencies: Record<string, Localized>, lang: Lang): string {
  const w = WORDS[lang];
  const e = escapeHtml;
  const rows = card.scores.map((s) => {
    const q = questions.get(s.id);
    return `<tr><td>${e(q ? localize(q.question, lang) : s.id)}</td><td class="n">${s.score ?? '—'}</td><td>${e(s.notes ?? '')}</td></tr>`;
  });
  const comp = competencySummary(card, questions).map((c) => `<tr><td>${e(competencies[c.competency] ? localize(competencies[c.competency], lang) : c.competency)}</td><td class="n">${c.mean}</td></tr>`);
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(w.title as string)}${card.candidate ? ` — ${e(card.candidate)}` : ''}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2em;color:#111}table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #bbb;padding:6px 8px;text-align:left;vertical-align:top}.n{text-align:right;width:4em}@media print{body{margin:0}}</style>
</head><body>
<h1>${e(w.title as string)}${card.candidate ? `: ${e(card.candidate)}` : ''}</h1>
<p>${[card.interviewer ? `${e(w.interviewer as string)}: ${e(card.interviewer)}` : '', card.date ? `${e(w.date as string)}: ${e(card.date)}` : ''].filter(Boolean).join(' · ')}</p>
${card.recommendation ? `<p><strong>${e(w.recommendation as string)}: ${e(REC[lang][card.recommendation])}</strong></p>` : ''}
<table><thead><tr><th>${e(w.question as string)}</th><th>${e(w.score as string)}</th><th>${e(w.notes as string)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>
${comp.length ? `<h2>${e(w.competencies as string)}</h2><table><tbody>${comp.join('')}</tbody></table>` : ''}
${card.summary ? `<h2>${e(w.summary as string)}</h2><p>${e(card.summary)}</p>` : ''}
</body></html>
`;
}

/**
 * Replaces a YAML file's top-level list under `key` with `items` (block style), leaving the rest of
 * the file — header comments, other keys — exactly as it is. Used to save a reordered kit and scores.
 */
export function replaceTopLevelList(source: string, key: string, lines: string[]): Fix[] {
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) return [];
  const root = doc.contents;
  const block = lines.length ? `:\n${lines.join('\n')}` : ': []';
  if (!YAML.isMap(root)) return [{ start: source.length, end: source.length, replacement: `${source && !source.endsWith('\n') ? '\n' : ''}${key}${block}\n` }];
  const pair = root.items.find((p) => YAML.isScalar(p.key) && p.key.value === key) as YAML.Pair<YAML.Scalar, YAML.Node | null> | undefined;
  if (!pair) return [{ start: source.length, end: source.length, replacement: `${source && !source.endsWith('\n') ? '\n' : ''}${key}${block}\n` }];
  const from = pair.key.range![1];
  let to = pair.value?.range ? pair.value.range[1] : from;
  while (to > from && /\s/.test(source[to - 1] as string)) to--;
  return [{ start: from, end: to, replacement: block }];
}

const yamlString = (s: string) => JSON.stringify(s);

export function kitQuestionLines(items: readonly KitQuestion[]): string[] {
  return items.map((q) => `  - id: ${q.id}${q.minutes ? `\n    minutes: ${q.minutes}` : ''}`);
}

export function scoreLines(scores: Scorecard['scores']): string[] {
  return scores.map((s) => `  - id: ${s.id}${s.score ? `\n    score: ${s.score}` : ''}${s.notes ? `\n    notes: ${yamlString(s.notes)}` : ''}`);
}
