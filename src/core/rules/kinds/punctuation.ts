// punctuation: runs of ! and ? (“!!!”, “?!?!”) and bracket smileys (“)))”) that read as shouting or
// sarcasm in a brand reply. The fix collapses a run to one mark.
import type { RuleKind } from '../api';
import { bool, int, knownOptions } from './options';

export const punctuationKind: RuleKind = {
  kind: 'punctuation',
  description: { en: 'Runs of exclamation and question marks, and bracket smileys.', ru: 'Серии восклицательных и вопросительных знаков, скобочные смайлы.' },
  defaultMessage: {
    en: '«{run}»: one mark is enough — a run of them reads as shouting.',
    ru: '«{run}»: хватит одного знака — серия читается как крик.',
  },
  compile(def) {
    knownOptions(def, ['max', 'brackets']);
    const max = int(def, 'max', 1, 1);
    const brackets = bool(def, 'brackets', true);
    const re = brackets ? /[!?]{2,}|\){3,}|\({3,}/gu : /[!?]{2,}/g;
    return (unit, report) => {
      if (!/[!?()]/.test(unit.text)) return;
      re.lastIndex = 0;
      for (let m = re.exec(unit.text); m !== null; m = re.exec(unit.text)) {
        const run = m[0];
        if (/^[!?]+$/.test(run) && run.length <= max) continue;
        if (run === '?!' || run === '!?') continue; // an interrobang is one mark
        const one = run.startsWith(')') ? ')' : run.startsWith('(') ? '(' : run.includes('?') ? '?' : '!';
        report({
          start: m.index,
          end: m.index + run.length,
          args: { run },
          ...(run.startsWith(')') || run.startsWith('(') ? {} : { fix: { start: m.index, end: m.index + run.length, replacement: one.repeat(Math.min(max, 1)) } }),
        });
      }
    };
  },
};
