// address: the Russian form of address. A reply keeps to one form (ты or вы), the one the brand
// chose, and follows the brand's policy on a capital «Вы» in the middle of a sentence.
import type { Token } from '../../text/tokenize';
import type { RuleKind, Report, TextUnit } from '../api';
import { knownOptions, oneOf } from './options';

const TY = new Set(['ты', 'тебя', 'тебе', 'тобой', 'тобою', 'твой', 'твоя', 'твое', 'твои', 'твоего', 'твоей', 'твоему', 'твоим', 'твоих', 'твоими', 'твою', 'твоем', 'тебе-то']);
const VY = new Set(['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'вашему', 'вашим', 'ваших', 'вашими', 'вашу', 'вашем']);

/** Whether a token starts a sentence (nothing but spaces, quotes or dashes after a sentence end). */
function sentenceInitial(text: string, t: Token): boolean {
  for (let i = t.start - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (/[\s«"„“(—–-]/.test(c)) continue;
    return /[.!?…\n:]/.test(c);
  }
  return true;
}

export const addressKind: RuleKind = {
  kind: 'address',
  description: { en: 'Russian form of address: ты/вы kept consistent, as the brand chose, with its policy on a capital «Вы».', ru: 'Обращение: «ты» или «вы» — одно на весь ответ, как принято у бренда, и правило о «Вы» с заглавной.' },
  defaultMessage: { en: 'Form of address: {detail}', ru: 'Обращение: {detail}' },
  compile(def, env) {
    knownOptions(def, ['form', 'capitalVy']);
    const form = oneOf(def, 'form', ['vy', 'ty', 'any'] as const, env.address?.form ?? 'vy');
    const capital = oneOf(def, 'capitalVy', ['always', 'never', 'any'] as const, env.address?.capitalVy ?? 'any');
    return (unit: TextUnit, report: (r: Report) => void) => {
      if (unit.ctx.lang !== 'ru') return;
      const text = unit.text;
      if (!/(^|[^а-яё])(ты|теб|тво|вы|вас|вам|ваш)/i.test(text)) return;
      const ty: Token[] = [];
      const vy: Token[] = [];
      for (const t of unit.tokens) {
        if (TY.has(t.norm)) ty.push(t);
        else if (VY.has(t.norm)) vy.push(t);
      }
      const ru = unit.ctx.lang === 'ru';
      const say = (en: string, r: string) => (ru ? r : en);
      if (form === 'vy') {
        for (const t of ty) report({ start: t.start, end: t.end, args: { detail: say(`the brand addresses readers as «вы»; «${t.text}» is «ты». Rephrase with «вы».`, `бренд обращается на «вы», а «${t.text}» — это «ты». Перефразируйте на «вы».`) } });
      } else if (form === 'ty') {
        for (const t of vy) report({ start: t.start, end: t.end, args: { detail: say(`the brand addresses readers as «ты»; «${t.text}» is «вы».`, `бренд обращается на «ты», а «${t.text}» — это «вы». Перефразируйте на «ты».`) } });
      } else if (ty.length && vy.length) {
        const [minor] = ty.length <= vy.length ? [ty] : [vy];
        for (const t of minor) report({ start: t.start, end: t.end, args: { detail: say(`the reply mixes «ты» and «вы»; «${t.text}» breaks the form used elsewhere. Keep to one.`, `в ответе смешаны «ты» и «вы»; «${t.text}» выбивается. Держитесь одного.`) } });
      }
      if (form !== 'ty' && capital !== 'any') {
        for (const t of vy) {
          if (sentenceInitial(text, t)) continue;
          const isCap = t.text[0] === (t.text[0] as string).toUpperCase();
          if (capital === 'always' && !isCap) {
            const fixed = (t.text[0] as string).toUpperCase() + t.text.slice(1);
            report({ start: t.start, end: t.end, args: { detail: say(`the brand writes «${fixed}» with a capital when it addresses one reader.`, `бренд пишет «${fixed}» с заглавной, обращаясь к одному читателю.`) }, fix: { start: t.start, end: t.end, replacement: fixed } });
          } else if (capital === 'never' && isCap) {
            const fixed = (t.text[0] as string).toLowerCase() + t.text.slice(1);
            report({ start: t.start, end: t.end, args: { detail: say(`the brand writes «${fixed}» in lower case in the middle of a sentence.`, `бренд пишет «${fixed}» строчными в середине предложения.`) }, fix: { start: t.start, end: t.end, replacement: fixed } });
          }
        }
      }
    };
  },
};
