// address: the Russian form of address. A reply keeps to one form, ты or вы — the one the brand chose —
// and follows the brand's policy on a capital «Вы» in the middle of a sentence. Russian texts only.
//   form: vy | ty | any       the brand's form (default: the guide's `address.form`, else vy);
//                             any: no preferred form, only mixing them in one reply is reported
//   capitalVy: always | never | any   «Вы» in the middle of a sentence (default: the guide's
//                             `address.capital_vy`, else any). A sentence-initial «Вы» is always fine.
//                             any: either, but one of them throughout a reply («Вы … вам … Вам»
//                             reports the odd one out)
// What counts as ты: the pronouns (ты, тебя, тебе, тобой, твой and its forms) and — reliable enough to
// include — verbs in the second person singular (можешь, напишешь, боишься: -ешь/-ишь(ся) apart from
// лишь, тишь, брешь...) and a list of common imperatives (напиши, посмотри, проверь, подожди...).
// Set phrases that address nobody («ничего не поделаешь», «хочешь не хочешь») do not count.
// What counts as вы: the pronouns (вы, вас, вам, вами, ваш and its forms); verb endings in -те are
// too ambiguous (в пакете, на сайте) to count.
// Words inside quotation marks are someone else's words and are skipped. A reply to a group (друзья,
// ребята, коллеги, всем) may say «вы» to many people: then neither a «вы» under the ты form nor a
// lower-case «вы» under the capital policy is reported.
import type { Lang } from '../../types';
import { fillMessage } from '../../types';
import { GATES, sawGateWord } from '../gate';
import type { Token } from '../../text/tokenize';
import { startsSentence } from '../../text/sentences';
import type { RuleDef, RuleKind } from '../api';
import { knownOptions, oneOf } from './options';
import { quotesOf } from '../../text/quotes';

const TY = new Set(['ты', 'тебя', 'тебе', 'тобой', 'тобою', 'твой', 'твоя', 'твое', 'твои', 'твоего', 'твоей', 'твоему', 'твоим', 'твоих', 'твоими', 'твою', 'твоем', 'твоею']);
const VY = new Set(['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'вашему', 'вашим', 'ваших', 'вашими', 'вашу', 'вашем', 'вашею']);
const TY_IMPERATIVES = new Set([
  'напиши', 'пиши', 'скажи', 'расскажи', 'посмотри', 'смотри', 'подожди', 'проверь', 'позвони', 'звони', 'уточни', 'отправь', 'сообщи', 'попробуй',
  'загляни', 'обратись', 'свяжись', 'зайди', 'заходи', 'перезагрузи', 'обнови', 'нажми', 'выбери', 'открой', 'укажи', 'оставь', 'подпишись', 'жди',
  'давай', 'извини', 'прости', 'волнуйся', 'переживай', 'держи', 'заполни', 'введи', 'скачай', 'установи', 'купи', 'закажи', 'оформи', 'почитай',
  'прочитай', 'прочти', 'помоги', 'ответь', 'поделись', 'добавь', 'перейди', 'вернись', 'приходи', 'приезжай', 'напомни', 'возьми', 'используй',
  'проверяй', 'стесняйся', 'представь', 'подумай', 'слушай', 'послушай', 'знай', 'имей', 'учти', 'запомни', 'забудь',
  'скинь', 'кинь', 'присылай', 'глянь', 'жми', 'набери', 'зацени', 'включи', 'выключи', 'отключи', 'подключи', 'сделай', 'покажи',
  'следи', 'сохрани', 'перезапусти', 'поставь', 'зарегистрируйся', 'войди', 'скопируй', 'отметь', 'спроси', 'спрашивай', 'сходи',
  'узнай', 'оцени', 'пользуйся', 'забери', 'забирай', 'успей', 'оставайся',
]);
// Left out: «пришли» and «удали», which are also «посылки пришли» and a form of «удаль».
// A quick "no ты or вы here" before tokens are made (see rules/gate.ts): the pronouns and imperatives
// as prefixes (a particle may follow: ты-то, напиши-ка) as a gate word for ты and one for вы, asked about
// directly (sawGateWord: a mask bit would share with word lists, and open them wherever «вы» is); a ты verb
// ends in -шь(ся).
const TY_WORD = GATES.word([...TY, ...TY_IMPERATIVES], false);
const VY_WORD = GATES.word([...VY], false);
const TY_VERB = /шь/i;

const NOT_VERBS = new Set(['лишь', 'тишь', 'брешь', 'плешь', 'бишь', 'ишь']);
const GROUP = /(?<![\p{L}])(?:друзья|ребята|коллеги|подписчики|уважаемые\s+(?:покупатели|клиенты|гости)|вы\s+все|все\s+вы|всем\s+(?:привет|спасибо|добр\p{L}+)|(?:привет|спасибо)\s+всем|каждый\s+из\s+вас|народ)(?![\p{L}])/iu;
const PARTICLE = /-(?:то|ка|же|де|таки)$/;

/**
 * Set phrases in the ты form that address nobody: «ничего не поделаешь», «что (тут) поделаешь»,
 * «хочешь не хочешь», «всем не угодишь». Their verbs are not a form of address.
 */
// Verbs that, negated, make a saying about anyone: «всем не угодишь», «так сразу не скажешь», «от
// судьбы не уйдёшь», «ничего не попишешь», «на всех не напасёшься».
const NEGATED_SAYINGS = new Set(['угодишь', 'попишешь', 'скажешь', 'угадаешь', 'предугадаешь', 'уйдешь', 'напасешься', 'налюбуешься', 'назовешь', 'поспоришь']);

function impersonal(tokens: readonly Token[], i: number): boolean {
  const at = (k: number) => tokens[k]?.norm;
  const word = at(i);
  if (word === 'поделаешь') return at(i - 1) === 'не' || at(i - 1) === 'что' || (at(i - 1) === 'тут' && at(i - 2) === 'что');
  if (word !== undefined && NEGATED_SAYINGS.has(word)) return at(i - 1) === 'не';
  if (word === 'хочешь') return (at(i + 1) === 'не' && at(i + 2) === 'хочешь') || (at(i - 1) === 'не' && at(i - 2) === 'хочешь');
  return false;
}

function isTyVerb(norm: string): boolean {
  if (NOT_VERBS.has(norm)) return false;
  return /^[а-я]+(?:ешь|ишь)(?:ся)?$/.test(norm) || norm === 'ешь';
}

/** Whether a token starts a sentence (see startsSentence). */
function sentenceInitial(text: string, t: Token): boolean {
  return startsSentence(text, t.start);
}

const MESSAGES = {
  tyNotVy: {
    en: '«{word}» addresses the reader as «ты», but the brand’s replies use «вы». Rephrase with «вы».',
    ru: '«{word}» — обращение на «ты», а бренд обращается на «вы». Перефразируйте на «вы».',
  },
  // the same, when no guide chose: the default is «вы», and the message says how to choose «ты»
  tyNotVyByDefault: {
    en: '«{word}» addresses the reader as «ты»; replies use «вы» unless the guide chooses «ты». Rephrase with «вы», or set `address: { form: ty }` in .community/voice.yaml if the brand speaks to its readers as «ты».',
    ru: '«{word}» — обращение на «ты», а ответы по умолчанию обращаются на «вы». Перефразируйте на «вы» или, если бренд говорит с читателями на «ты», укажите в .community/voice.yaml `address: { form: ty }`.',
  },
  vyNotTy: {
    en: '«{word}» addresses the reader as «вы», but the brand’s replies use «ты». Rephrase with «ты».',
    ru: '«{word}» — обращение на «вы», а бренд обращается на «ты». Перефразируйте на «ты».',
  },
  mixed: {
    en: '«{word}»: this reply mixes «ты» and «вы». Keep to «{expected}» throughout.',
    ru: '«{word}»: в ответе смешаны «ты» и «вы». Держитесь «{expected}» во всём ответе.',
  },
  capital: {
    en: '«{word}»: the brand writes «{fixed}» with a capital when it addresses one person.',
    ru: '«{word}»: бренд пишет «{fixed}» с заглавной, когда обращается к одному человеку.',
  },
  lower: {
    en: '«{word}»: the brand writes «{fixed}» in lower case in the middle of a sentence.',
    ru: '«{word}»: в середине предложения бренд пишет «{fixed}» со строчной.',
  },
  capitalMixed: {
    en: '«{word}»: this reply writes «вы» both with a capital and without. Write «{fixed}» here as in the rest of it (a guide can choose for every reply: `address: { capital_vy: always }` or `never`).',
    ru: '«{word}»: в ответе «вы» то с заглавной, то со строчной. Пишите здесь «{fixed}», как в остальном ответе (гайд может выбрать для всех ответов: `address: { capital_vy: always }` или `never`).',
  },
};

// A вы word with a capital (a literal first, which a regex finds fast), for midSentenceCapitalVy.
const CAPITAL_VY = /В(?:ы|а[смш])/g;
/** Whether a вы word with a capital stands in the middle of a sentence: where a reply under no capital policy may write «вы» both ways (see capitalMixed). */
function midSentenceCapitalVy(text: string): boolean {
  CAPITAL_VY.lastIndex = 0;
  for (let m = CAPITAL_VY.exec(text); m !== null; m = CAPITAL_VY.exec(text)) {
    if (m.index > 0 && /\s/.test(text[m.index - 1] as string) && !startsSentence(text, m.index)) return true;
  }
  return false;
}

function say(def: RuleDef, lang: Lang, m: { en: string; ru: string }, args: Record<string, string | number>): string | undefined {
  return def.message === undefined ? fillMessage(m[lang], args) : undefined;
}

export const addressKind: RuleKind = {
  kind: 'address',
  description: { en: 'Russian form of address: ты/вы kept consistent, as the brand chose, with its policy on a capital «Вы».', ru: 'Обращение: «ты» или «вы» — одно на весь ответ, как принято у бренда, и правило о «Вы» с заглавной.' },
  defaultMessage: {
    en: '«{word}»: the form of address differs from the guide. Use «{expected}» here.',
    ru: '«{word}»: обращение расходится с гайдом. Здесь нужно «{expected}».',
  },
  compile(def, env) {
    knownOptions(def, ['form', 'capitalVy']);
    const form = oneOf(def, 'form', ['vy', 'ty', 'any'] as const, env.address?.form ?? 'vy');
    const byDefault = def.form === undefined && env.address?.form === undefined;
    const capital = oneOf(def, 'capitalVy', ['always', 'never', 'any'] as const, env.address?.capitalVy ?? 'any');
    // under the вы form with no capital policy only ты words are reported: вы words need no look
    const vyToo = !(form === 'vy' && capital === 'any');
    return (unit, report) => {
      if (unit.ctx.lang !== 'ru') return;
      const text = unit.text;
      if (!/[а-яё]/i.test(text)) return;
      // under no capital policy, вы words are looked at where a capital one stands mid-sentence
      const sawVy = sawGateWord(unit.words, VY_WORD);
      const mixedCapitals = form !== 'ty' && capital === 'any' && sawVy && midSentenceCapitalVy(text);
      if (!sawGateWord(unit.words, TY_WORD) && !(vyToo && sawVy) && !mixedCapitals && !TY_VERB.test(text)) return;
      const quotes = quotesOf(unit);
      let q = 0; // tokens come in order, and so do the quotes
      const inQuotes = (t: Token) => {
        while (q < quotes.length && (quotes[q] as [number, number])[1] <= t.start) q++;
        const r = quotes[q];
        return !!r && r[0] <= t.start && t.end <= r[1];
      };
      const ty: Token[] = [];
      const vy: Token[] = [];
      const tokens = unit.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i] as Token;
        const norm = t.norm.replace(PARTICLE, '');
        const isVy = VY.has(norm);
        const isTy = !isVy && (TY.has(norm) || TY_IMPERATIVES.has(norm) || (isTyVerb(norm) && !impersonal(tokens, i)));
        if (!isVy && !isTy) continue;
        if (inQuotes(t)) continue;
        (isVy ? vy : ty).push(t);
      }
      if (!ty.length && !vy.length) return;
      const lang = unit.ctx.lang;
      const group = GROUP.test(text);
      const put = (t: Token, m: { en: string; ru: string }, expected: string, fix?: string) => {
        const args: Record<string, string> = { word: t.text, expected, ...(fix !== undefined ? { fixed: fix } : {}) };
        report({
          start: t.start,
          end: t.end,
          args,
          message: say(def, lang, m, args),
          ...(fix !== undefined ? { fix: { start: t.start, end: t.end, replacement: fix } } : {}),
        });
      };
      if (form === 'vy') {
        for (const t of ty) put(t, byDefault ? MESSAGES.tyNotVyByDefault : MESSAGES.tyNotVy, 'вы');
      } else if (form === 'ty') {
        if (!group) for (const t of vy) put(t, MESSAGES.vyNotTy, 'ты');
      } else if (ty.length && vy.length) {
        // the form used less is the odd one out; on a tie, the one that came second
        const tyOdd = ty.length < vy.length || (ty.length === vy.length && (ty[0] as Token).start > (vy[0] as Token).start);
        for (const t of tyOdd ? ty : vy) put(t, MESSAGES.mixed, tyOdd ? 'вы' : 'ты');
      }
      if (form !== 'ty' && (capital !== 'any' || mixedCapitals)) {
        // mid-sentence вы words by their first letter (ВЫ, ВАШ in capitals are the shouting rule's business)
        const upper: Token[] = [];
        const lower: Token[] = [];
        for (const t of vy) {
          const first = t.text[0] as string;
          const rest = t.text.slice(1);
          if (sentenceInitial(text, t) || rest !== rest.toLowerCase()) continue;
          (first !== first.toLowerCase() ? upper : lower).push(t);
        }
        const recased = (t: Token, up: boolean) => (up ? (t.text[0] as string).toUpperCase() : (t.text[0] as string).toLowerCase()) + t.text.slice(1);
        if (capital === 'always') {
          if (!group) for (const t of lower) put(t, MESSAGES.capital, 'Вы', recased(t, true));
        } else if (capital === 'never') {
          for (const t of upper) put(t, MESSAGES.lower, 'вы', recased(t, false));
        } else if (!group && upper.length && lower.length) {
          // no policy, both ways in one reply: the way used less is the odd one out; on a tie, the one that came second
          const lowerOdd = lower.length < upper.length || (lower.length === upper.length && (lower[0] as Token).start > (upper[0] as Token).start);
          for (const t of lowerOdd ? lower : upper) put(t, MESSAGES.capitalMixed, lowerOdd ? 'Вы' : 'вы', recased(t, lowerOdd));
        }
      }
    };
  },
};
