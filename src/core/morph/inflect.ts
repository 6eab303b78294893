// Inflecting a replacement noun like the word it replaces: юзеру → пользователю, юзеров →
// пользователей. Covers the common noun declensions; when the form cannot be told for sure, it
// gives up (the caller then offers the plain lemma as a suggestion, never a wrong word).

type Slot = string; // case.number, e.g. 'gen.sg'
type Table = Record<Slot, string[]>;

const SLOTS = ['nom.sg', 'gen.sg', 'dat.sg', 'acc.sg', 'ins.sg', 'pre.sg', 'nom.pl', 'gen.pl', 'dat.pl', 'acc.pl', 'ins.pl', 'pre.pl'];

// Endings per declension, in SLOTS order. Where a slot has variants (inanimate/animate accusative,
// spelling after г/к/х), the variant at the same index in another declension is its counterpart.
const TABLES: Record<string, { nom: string; endings: string[][] }> = {
  // masculine, hard consonant: стол, юзер, менеджер
  mh: { nom: '', endings: [[''], ['а'], ['у'], ['', 'а'], ['ом'], ['е'], ['ы', 'и'], ['ов'], ['ам'], ['ы', 'ов', 'и'], ['ами'], ['ах']] },
  // masculine, soft sign: пользователь, гость
  ms: { nom: 'ь', endings: [['ь'], ['я'], ['ю'], ['ь', 'я'], ['ем'], ['е'], ['и', 'и'], ['ей'], ['ям'], ['и', 'ей', 'и'], ['ями'], ['ях']] },
  // feminine in -а: книга, проблема
  fa: { nom: 'а', endings: [['а'], ['ы', 'и'], ['е'], ['у'], ['ой', 'ою'], ['е'], ['ы', 'и'], [''], ['ам'], ['ы', 'и', ''], ['ами'], ['ах']] },
  // feminine in -я: неделя
  fy: { nom: 'я', endings: [['я'], ['и'], ['е'], ['ю'], ['ей', 'ею'], ['е'], ['и'], ['ь', ''], ['ям'], ['и'], ['ями'], ['ях']] },
  // neuter in -о: письмо, мнение is -е (not covered)
  no: { nom: 'о', endings: [['о'], ['а'], ['у'], ['о'], ['ом'], ['е'], ['а'], [''], ['ам'], ['а'], ['ами'], ['ах']] },
};

function classify(lemma: string): { cls: string; base: string } | undefined {
  if (!/^[а-яё]+$/.test(lemma) || lemma.length < 3) return undefined;
  const last = lemma.slice(-1);
  if (last === 'ь') return undefined; // masculine or feminine: cannot tell from the letters alone
  if (last === 'а') return { cls: 'fa', base: lemma.slice(0, -1) };
  if (last === 'я') return { cls: 'fy', base: lemma.slice(0, -1) };
  if (last === 'о') return { cls: 'no', base: lemma.slice(0, -1) };
  if (/[бвгджзклмнпрстфхцчшщ]/.test(last)) return { cls: 'mh', base: lemma };
  return undefined;
}

/** The declension of a lemma; soft-sign nouns need a hint (`ms`), as gender is not in the letters. */
function declension(lemma: string, hint?: string): { cls: string; base: string } | undefined {
  if (lemma.endsWith('ь')) return hint === 'ms' || /тель$|арь$/.test(lemma) ? { cls: 'ms', base: lemma.slice(0, -1) } : undefined;
  return classify(lemma);
}

const table = (cls: string): Table => {
  const t = TABLES[cls] as { endings: string[][] };
  const out: Table = {};
  SLOTS.forEach((s, i) => (out[s] = t.endings[i] as string[]));
  return out;
};

/**
 * The form of `target` (a lemma) in the case and number `word` has as a form of `lemma`, or undefined
 * when that cannot be decided. All words are lower case.
 */
export function inflectLike(word: string, lemma: string, target: string): string | undefined {
  if (word === lemma) return target;
  const from = declension(lemma);
  const to = declension(target);
  if (!from || !to || !word.startsWith(from.base)) return undefined;
  const ending = word.slice(from.base.length);
  const src = table(from.cls);
  const dst = table(to.cls);
  const results = new Set<string>();
  for (const slot of SLOTS) {
    const variants = src[slot] as string[];
    const target = dst[slot] as string[];
    variants.forEach((e, i) => {
      if (e === ending) results.add(target[Math.min(i, target.length - 1)] as string);
    });
  }
  if (results.size !== 1) return undefined;
  let out = to.base + [...results][0];
  // spelling rule: no ы after г к х ж ш ч щ
  out = out.replace(/([гкхжшчщ])ы$/, '$1и');
  return out;
}
