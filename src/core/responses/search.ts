// Search over response entries, in both languages at once: titles, triggers, ids, categories, tags
// and reply text. Case and ё/е do not matter. Every query word must match somewhere; a whole word
// scores more than a word's beginning, which scores more than a piece inside a word, which scores
// more than letters in order (a typo-tolerant subsequence, for words of three letters or more). Hits in
// titles and triggers weigh more than hits in the text; with a language, that language's fields
// weigh more (the other one still matches).
import { normalizeWord } from '../text/tokenize';
import type { Lang, Localized } from '../types';

/** What search needs of an entry (ResponseEntry has all of it). */
export interface Searchable {
  id: string;
  title: Localized;
  category: string;
  tags: readonly string[];
  triggers: Partial<Record<Lang | 'any', readonly string[]>>;
  templates: readonly { lang: Lang; text: string }[];
}

export interface SearchHit<T extends Searchable = Searchable> {
  entry: T;
  score: number;
}

interface Field {
  text: string;
  tokens: string[];
  weight: number;
  lang?: Lang;
}

const norm = (s: string) => normalizeWord(s.normalize('NFC'));
const SPLIT = /[^\p{L}\p{N}]+/u;

function field(raw: string, weight: number, lang?: Lang): Field {
  const text = norm(raw);
  return { text, tokens: text.split(SPLIT).filter(Boolean), weight, ...(lang ? { lang } : {}) };
}

const indexes = new WeakMap<Searchable, Field[]>();

function fieldsOf(e: Searchable): Field[] {
  let f = indexes.get(e);
  if (!f) {
    f = [];
    if (typeof e.title === 'string') f.push(field(e.title, 5));
    else for (const [l, t] of Object.entries(e.title)) if (typeof t === 'string') f.push(field(t, 5, l as Lang));
    for (const [l, list] of Object.entries(e.triggers)) if (list?.length) f.push(field(list.join(' · '), 5, l === 'any' ? undefined : (l as Lang)));
    f.push(field(e.id.replace(/[-_]/g, ' '), 4), field([e.category, ...e.tags].join(' '), 3));
    for (const t of e.templates) f.push(field(t.text.replace(/\{\{[^}]*\}\}/g, ' '), 1, t.lang));
    indexes.set(e, f);
  }
  return f;
}

/** Letters of `q` in order inside `s`, within a window a little longer than q (a typo, a missing letter). */
function subsequence(q: string, s: string): boolean {
  const first = q[0] as string;
  for (let from = s.indexOf(first); from !== -1; from = s.indexOf(first, from + 1)) {
    let k = 1;
    const limit = Math.min(s.length, from + q.length * 2 + 1);
    for (let i = from + 1; i < limit && k < q.length; i++) if (s[i] === q[k]) k++;
    if (k === q.length) return true;
  }
  return false;
}

/** How well one query word matches one field: 4 whole word, 3 start of a word, 2 inside, 1 letters in order. */
function quality(q: string, f: Field): number {
  let best = 0;
  for (const t of f.tokens) {
    if (t === q) return 4;
    if (best < 3 && t.startsWith(q)) best = 3;
  }
  if (best) return best;
  if (q.length >= 2 && f.text.includes(q)) return 2;
  if (q.length >= 3 && subsequence(q, f.text)) return 1;
  return 0;
}

/**
 * Entries matching every word of the query, best first (ties: by id). An empty query returns all
 * entries in their order with score 0.
 */
export function searchEntries<T extends Searchable>(entries: readonly T[], query: string, lang?: Lang): SearchHit<T>[] {
  const phrase = norm(query).trim();
  const words = [...new Set(phrase.split(SPLIT).filter(Boolean))];
  if (!words.length) return entries.map((entry) => ({ entry, score: 0 }));
  const hits: SearchHit<T>[] = [];
  for (const entry of entries) {
    const fields = fieldsOf(entry);
    let score = 0;
    for (const w of words) {
      let best = 0;
      for (const f of fields) {
        const q = quality(w, f);
        if (!q) continue;
        const s = q * f.weight * (lang && f.lang && f.lang !== lang ? 0.5 : 1);
        if (s > best) best = s;
      }
      if (!best) {
        score = 0;
        break;
      }
      score += best;
    }
    if (!score) continue;
    // The whole query as typed, in a title or trigger, is what the user most likely means.
    if (words.length > 1 && fields.some((f) => f.weight >= 5 && f.text.includes(phrase))) score += 10;
    if (lang && entry.templates.some((t) => t.lang === lang)) score += 0.5;
    hits.push({ entry, score });
  }
  return hits.sort((a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
}
