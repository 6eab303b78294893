// English inflection for word rules: the forms of a lemma, generated from the regular spelling rules
// (plural and third person -s/-es/-ies, past -d/-ed/-ied with consonant doubling, -ing, comparatives,
// possessive 's). Matching the exact generated forms keeps related-but-different words apart
// (utilize/utility, police/policy), which a stemmer conflates.

const VOWEL = /[aeiou]/;

export function englishForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const forms = new Set([w, `${w}'s`]);
  if (w.length < 3 || !/^[a-z]+$/.test(w)) return [...forms];
  const last = w.slice(-1);
  const consonantY = last === 'y' && !VOWEL.test(w.slice(-2, -1));
  const stem = consonantY ? w.slice(0, -1) : w;
  // -s / -es / -ies
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`);
  else forms.add(consonantY ? `${stem}ies` : `${w}s`);
  // -ed, -ing, -er, -est
  const double = /[^aeiou][aeiou][bdgklmnprt]$/.test(w) ? w + last : undefined;
  if (last === 'e') {
    forms.add(`${w}d`).add(`${w}r`).add(`${w}st`);
    forms.add(w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe') ? `${w}ing` : w.endsWith('ie') ? `${w.slice(0, -2)}ying` : `${w.slice(0, -1)}ing`);
  } else if (consonantY) {
    forms.add(`${stem}ied`).add(`${w}ing`).add(`${stem}ier`).add(`${stem}iest`);
  } else {
    forms.add(`${w}ed`).add(`${w}ing`).add(`${w}er`).add(`${w}est`);
    if (double) forms.add(`${double}ed`).add(`${double}ing`).add(`${double}er`).add(`${double}est`);
  }
  return [...forms];
}
