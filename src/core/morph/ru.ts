// Russian morphology for word rules: the Snowball Russian stemmer (the published algorithm by
// M. Porter, snowballstem.org/algorithms/russian/stemmer.html), written out here, plus a conservative
// "root" that also strips common derivational suffixes, so that a banned lemma catches its family
// (гарантировать → гарантируем, гарантия, гарантированно) and not only its inflections.
// Input is a normalized word: lower case, ё already turned into е.

const VOWELS = 'аеиоуыэюя';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** Endings sorted longest first, so the first hit is the longest match. */
const sortLong = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);

const PERFECTIVE_GERUND_1 = sortLong(['в', 'вши', 'вшись']);
const PERFECTIVE_GERUND_2 = sortLong(['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
const ADJECTIVE = sortLong(['ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею']);
const PARTICIPLE_1 = sortLong(['ем', 'нн', 'вш', 'ющ', 'щ']);
const PARTICIPLE_2 = sortLong(['ивш', 'ывш', 'ующ']);
const REFLEXIVE = ['ся', 'сь'];
const VERB_1 = sortLong(['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно']);
const VERB_2 = sortLong(['ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'ей', 'уй', 'ил', 'ыл', 'им', 'ым', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ую', 'ю']);
const NOUN = sortLong(['а', 'ев', 'ов', 'ие', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'ей', 'ой', 'ий', 'й', 'иям', 'ям', 'ием', 'ем', 'ам', 'ом', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ю', 'ия', 'ья', 'я']);
const DERIVATIONAL = ['ость', 'ост'];
const SUPERLATIVE = ['ейше', 'ейш'];

/** Removes the longest ending of `list` found in word[rv..]; group-1 endings need а/я before them. */
function strip(word: string, rv: number, list: string[], afterAYa = false): string | null {
  for (const e of list) {
    if (!word.endsWith(e)) continue;
    const at = word.length - e.length;
    if (at < rv) continue;
    if (afterAYa) {
      const prev = word[at - 1];
      if ((prev !== 'а' && prev !== 'я') || at - 1 < rv) continue;
    }
    return word.slice(0, at);
  }
  return null;
}

function regions(word: string): { rv: number; r2: number } {
  let rv = word.length;
  for (let i = 0; i < word.length; i++) {
    if (isVowel(word[i])) {
      rv = i + 1;
      break;
    }
  }
  const r = (from: number) => {
    for (let i = from + 1; i < word.length; i++) if (!isVowel(word[i]) && isVowel(word[i - 1])) return i + 1;
    return word.length;
  };
  const r1 = r(0);
  return { rv, r2: r(r1) };
}

export function stemRu(input: string): string {
  let word = input.replace(/ё/g, 'е');
  if (word.length < 3 || !/^[а-я-]+$/.test(word)) return word;
  const { rv, r2 } = regions(word);
  // Step 1
  let s = strip(word, rv, PERFECTIVE_GERUND_1, true) ?? strip(word, rv, PERFECTIVE_GERUND_2);
  if (s !== null) word = s;
  else {
    word = strip(word, rv, REFLEXIVE) ?? word;
    s = strip(word, rv, ADJECTIVE);
    if (s !== null) {
      word = s;
      word = strip(word, rv, PARTICIPLE_1, true) ?? strip(word, rv, PARTICIPLE_2) ?? word;
    } else {
      s = strip(word, rv, VERB_1, true) ?? strip(word, rv, VERB_2);
      if (s !== null) word = s;
      else word = strip(word, rv, NOUN) ?? word;
    }
  }
  // Step 2
  if (word.endsWith('и') && word.length - 1 >= rv) word = word.slice(0, -1);
  // Step 3
  for (const d of DERIVATIONAL) {
    if (word.endsWith(d) && word.length - d.length >= r2) {
      word = word.slice(0, -d.length);
      break;
    }
  }
  // Step 4
  if (word.endsWith('нн') && word.length - 2 >= rv) word = word.slice(0, -1);
  else {
    const sup = strip(word, rv, SUPERLATIVE);
    if (sup !== null) {
      word = sup;
      if (word.endsWith('нн')) word = word.slice(0, -1);
    } else if (word.endsWith('ь') && word.length - 1 >= rv) word = word.slice(0, -1);
  }
  return word;
}

// Derivational suffixes that tie verbs, nouns and adjectives of one family together. Stripped from
// the end of a stem, longest first, while at least MIN_ROOT letters remain.
const FAMILY_SUFFIXES = sortLong([
  'ирова', 'изирова', 'изова', 'ова', 'ева', 'ыва', 'ива', 'изиру', 'иру', 'ир', 'ую', 'у', 'ю',
  'тельн', 'ельн', 'альн', 'ическ', 'еск', 'ск', 'ств', 'ени', 'ани', 'ен', 'ан', 'н', 'ий', 'й',
  'а', 'я', 'и', 'е', 'о', 'ь',
]);
export const MIN_ROOT = 5;

/** A conservative family root: the stem without derivational suffixes, never shorter than MIN_ROOT. */
export function rootRu(stem: string): string {
  let root = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const s of FAMILY_SUFFIXES) {
      if (root.endsWith(s) && root.length - s.length >= MIN_ROOT) {
        root = root.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return root;
}
