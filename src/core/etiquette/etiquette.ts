// Community etiquette docs: house rules in Markdown, each a heading with a stable id
// (`## R3. No personal attacks {#no-attacks}`), and the sanctions ladder in the YAML front matter.
// Parsed with positions; validated (ids, ladder order and gaps, durations, exceptions, notice
// templates); rule references found in any text (`rule:no-attacks` in Markdown, `etiquette: [ids]`
// in response entries); moderation notices rendered from templates the kit can override.
import type * as YAML from 'yaml';
import ladderSchema from '../../../schemas/etiquette-ladder.schema.json';
import { schemaProblems, nodeAt, nodeRange } from '../config/schema';
import { inspectTemplate, renderTemplate } from '../responses/matrix';
import type { Said } from '../responses/template';
import { parseYaml, toJsSafe } from '../source/yaml';
import { detectLang } from '../text/lang';
import type { Bilingual, Lang, Problem } from '../types';
import { problemText } from '../types';

export const STEP_KINDS = ['note', 'warning', 'block', 'ban'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

export interface EtiquetteRule {
  id: string;
  number?: string;
  title: string;
  /** The rule's text (the Markdown below its heading, up to the next rule heading). */
  body: string;
  file: string;
  start: number;
  end: number;
  idStart: number;
  idEnd: number;
  bodyStart: number;
  bodyEnd: number;
}

export interface LadderStep {
  step: StepKind;
  after: number;
  duration?: string;
}

export interface EtiquetteDoc {
  path: string;
  lang: Lang;
  rules: EtiquetteRule[];
  ladder: LadderStep[];
  exceptions: Record<string, StepKind>;
  appeal?: string;
  notices: Partial<Record<StepKind, string>>;
  problems: Problem[];
}

const HEADING = /^(#{2,3})[ \t]+(?:([A-ZА-Яa-zа-я]?\d+)\.[ \t]+)?(.*?)[ \t]*\{#([^}]*)\}[ \t]*$/gm;
const ID = /^[a-z0-9][a-z0-9-]*$/;
const problem = (message: string | Bilingual, start: number, end: number, code: string, severity: Problem['severity'] = 'error'): Problem => ({ severity, ...problemText(message), start, end, code });

/** Variables a moderation-notice template may use. */
export const NOTICE_VARIABLES: readonly string[] = ['name', 'rule', 'step', 'appeal', 'repeat', 'violation'];

/** The YAML front matter of an etiquette doc: its text, where that text starts, and where the body starts. */
export function frontMatter(source: string): { yamlText: string; yamlStart: number; bodyFrom: number } | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return fm ? { yamlText: fm[1] as string, yamlStart: fm[0].indexOf('\n') + 1, bodyFrom: fm[0].length } : undefined;
}

export function parseEtiquette(source: string, path: string): EtiquetteDoc {
  const doc: EtiquetteDoc = { path, lang: 'en', rules: [], ladder: [], exceptions: {}, notices: {}, problems: [] };
  let bodyFrom = 0;
  const fm = frontMatter(source);
  let langSet = false;
  if (fm) {
    const { yamlStart, yamlText } = fm;
    bodyFrom = fm.bodyFrom;
    const { doc: y, problems } = parseYaml(yamlText);
    const shift = (p: Problem) => ({ ...p, start: p.start + yamlStart, end: p.end + yamlStart });
    doc.problems.push(...problems.map(shift));
    if (!problems.some((p) => p.severity === 'error')) {
      const raw = toJsSafe(y) as Record<string, unknown> | undefined;
      doc.problems.push(...schemaProblems(y, yamlText, ladderSchema, 'etiquette-schema', raw ?? null).map(shift));
      if (raw && typeof raw === 'object') {
        if (raw.lang === 'ru' || raw.lang === 'en') {
          doc.lang = raw.lang;
          langSet = true;
        }
        if (Array.isArray(raw.ladder)) {
          raw.ladder.forEach((s, i) => {
            const st = s as Partial<LadderStep>;
            if (!st || !STEP_KINDS.includes(st.step as StepKind) || !Number.isInteger(st.after)) return;
            doc.ladder.push({ step: st.step as StepKind, after: st.after as number, ...(typeof st.duration === 'string' ? { duration: st.duration } : {}) });
            checkStep(doc, y, yamlText, yamlStart, i, raw.ladder as LadderStep[]);
          });
        }
        if (raw.exceptions && typeof raw.exceptions === 'object') doc.exceptions = raw.exceptions as Record<string, StepKind>;
        if (typeof raw.appeal === 'string') doc.appeal = raw.appeal;
        if (raw.notices && typeof raw.notices === 'object') {
          for (const k of STEP_KINDS) {
            const t = (raw.notices as Record<string, unknown>)[k];
            if (typeof t !== 'string') continue;
            doc.notices[k] = t;
            const info = inspectTemplate(t);
            const [s, e] = nodeRange(nodeAt(y, ['notices', k]), yamlText);
            if (info.error) doc.problems.push(problem(info.error.message, s + yamlStart, e + yamlStart, 'template-syntax'));
            for (const v of info.variables) {
              if (!NOTICE_VARIABLES.includes(v.name)) doc.problems.push(problem({ en: `Notice templates know {{name}}, {{rule.title}}, {{rule.id}}, {{rule.number}}, {{step.duration}}, {{appeal}}, {{violation}} and {{#if repeat}}; {{${v.name}}} is none of them.`, ru: `В шаблонах уведомлений есть {{name}}, {{rule.title}}, {{rule.id}}, {{rule.number}}, {{step.duration}}, {{appeal}}, {{violation}} и {{#if repeat}}; {{${v.name}}} среди них нет.` }, s + yamlStart, e + yamlStart, 'unknown-variable'));
            }
          }
        }
        // exceptions must name steps the ladder has
        for (const [rule, step] of Object.entries(doc.exceptions)) {
          if (!doc.ladder.some((l) => l.step === step)) {
            const [s, e] = nodeRange(nodeAt(y, ['exceptions', rule]), yamlText);
            doc.problems.push(problem({ en: `Exception "${rule}: ${step}" names a step the ladder does not have.`, ru: `Исключение «${rule}: ${step}» ссылается на ступень, которой нет в лестнице санкций.` }, s + yamlStart, e + yamlStart, 'ladder'));
          }
        }
      }
    }
  }
  // Rule headings
  const headings: { m: RegExpExecArray }[] = [];
  HEADING.lastIndex = bodyFrom;
  for (let m = HEADING.exec(source); m !== null; m = HEADING.exec(source)) {
    if (m.index < bodyFrom) continue;
    headings.push({ m });
  }
  const seen = new Map<string, EtiquetteRule>();
  headings.forEach(({ m }, i) => {
    const id = (m[4] as string).trim();
    const idStart = m.index + (m[0] as string).lastIndexOf('{#') + 2;
    const idEnd = idStart + (m[4] as string).length;
    if (!ID.test(id)) {
      doc.problems.push(problem({ en: `Rule id "${id}" is malformed: use lower-case letters, digits and hyphens, e.g. {#no-attacks}.`, ru: `Неверный id правила «${id}»: используйте строчные латинские буквы, цифры и дефисы, например {#no-attacks}.` }, idStart, idEnd, 'rule-id'));
      return;
    }
    const lineEnd = source.indexOf('\n', m.index);
    const bodyStart = lineEnd === -1 ? source.length : lineEnd + 1;
    const next = headings[i + 1]?.m.index;
    // the body ends at the next rule heading or a heading of the same or higher level
    const level = (m[1] as string).length;
    const stop = new RegExp(`^#{1,${level}}[ \\t]`, 'gm');
    stop.lastIndex = bodyStart;
    const other = stop.exec(source);
    const bodyEnd = Math.min(next ?? source.length, other ? other.index : source.length);
    const rule: EtiquetteRule = {
      id,
      ...(m[2] ? { number: m[2] } : {}),
      title: (m[3] as string).trim(),
      body: source.slice(bodyStart, bodyEnd).trim(),
      file: path,
      start: m.index,
      end: m.index + (m[0] as string).length,
      idStart,
      idEnd,
      bodyStart,
      bodyEnd,
    };
    const dup = seen.get(id);
    if (dup) doc.problems.push(problem({ en: `Duplicate rule id "${id}": rule "${dup.title}" above has it too. Each rule needs its own id.`, ru: `Повтор id правила «${id}»: он уже есть у правила «${dup.title}» выше. У каждого правила должен быть свой id.` }, idStart, idEnd, 'duplicate-id'));
    else seen.set(id, rule);
    doc.rules.push(rule);
  });
  for (const [rule] of Object.entries(doc.exceptions)) {
    if (doc.rules.length && !seen.has(rule)) {
      const at = source.indexOf(`${rule}:`);
      doc.problems.push(problem({ en: `Exception for unknown rule "${rule}". Use the id of a rule in this document.`, ru: `Исключение для неизвестного правила «${rule}». Укажите id правила из этого документа.` }, Math.max(0, at), Math.max(0, at) + rule.length, 'unknown-rule'));
    }
  }
  if (!langSet) doc.lang = detectLang(source.slice(bodyFrom), 'en');
  return doc;
}

function checkStep(doc: EtiquetteDoc, y: YAML.Document, yamlText: string, shift: number, i: number, ladder: LadderStep[]): void {
  const st = ladder[i] as LadderStep;
  const at = (key: string) => {
    const [s, e] = nodeRange(nodeAt(y, ['ladder', i, key]), yamlText);
    return [s + shift, e + shift] as const;
  };
  const expected = i === 0 ? 1 : ((ladder[i - 1] as LadderStep).after ?? 0) + 1;
  if (st.after !== expected) {
    const [s, e] = at('after');
    const prev = i === 0 ? undefined : (ladder[i - 1] as LadderStep).after;
    doc.problems.push(
      problem(
        st.after < expected
          ? { en: `Steps must be in order: after: ${st.after} comes after a step at ${prev}. Order the ladder by the violation count.`, ru: `Ступени должны идти по порядку: after: ${st.after} стоит после ступени с ${prev}. Упорядочьте лестницу по числу нарушений.` }
          : { en: `The ladder has a gap: nothing happens at violation ${expected}. Make this step after: ${expected}, or add a step for it.`, ru: `В лестнице пропуск: при нарушении № ${expected} ничего не происходит. Поставьте этой ступени after: ${expected} или добавьте ступень.` },
        s,
        e,
        'ladder',
      ),
    );
  }
  const prevStep = i === 0 ? undefined : (ladder[i - 1] as LadderStep).step;
  if (prevStep && STEP_KINDS.includes(prevStep) && STEP_KINDS.includes(st.step) && STEP_KINDS.indexOf(st.step) < STEP_KINDS.indexOf(prevStep)) {
    const [s, e] = at('step');
    doc.problems.push(problem({ en: `A ladder only grows stricter: "${st.step}" cannot come after "${prevStep}". Order the steps note → warning → block → ban.`, ru: `Санкции могут только ужесточаться: «${st.step}» не может идти после «${prevStep}». Порядок: note → warning → block → ban.` }, s, e, 'ladder'));
  } else if (prevStep === st.step && st.step !== 'block') {
    const [s, e] = at('step');
    doc.problems.push(problem({ en: `"${st.step}" twice in a row: the second adds nothing. Remove it or make it a stricter step.`, ru: `«${st.step}» два раза подряд: вторая ступень ничего не добавляет. Удалите её или сделайте строже.` }, s, e, 'ladder', 'warning'));
  }
  if (st.step === 'block' && !st.duration) {
    const [s, e] = at('step');
    doc.problems.push(problem({ en: 'A temporary block needs a duration, e.g. duration: 24h.', ru: 'Временной блокировке нужен срок, например duration: 24h.' }, s, e, 'ladder'));
  }
  if (st.step === 'ban' && i !== ladder.length - 1) {
    const [s, e] = at('step');
    doc.problems.push(problem({ en: 'A permanent ban must be the last step of the ladder.', ru: 'Бессрочный бан должен быть последней ступенью лестницы.' }, s, e, 'ladder'));
  }
}

// ------------------------------------------------------------------------------ references

/** `rule:no-attacks` references in Markdown or plain text. */
export function findRuleReferences(text: string): { id: string; start: number; end: number }[] {
  const out: { id: string; start: number; end: number }[] = [];
  const re = /(?<![\w/-])rule:([a-z0-9][a-z0-9-]*)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ id: m[1] as string, start: m.index + 5, end: m.index + m[0].length });
  return out;
}

export function unknownReferences(refs: { id: string; start: number; end: number }[], known: ReadonlySet<string>): Problem[] {
  return refs.filter((r) => !known.has(r.id)).map((r) => problem({ en: `Unknown etiquette rule "${r.id}". Use an id from the etiquette docs (their headings' {#id}).`, ru: `Неизвестное правило сообщества «${r.id}». Используйте id из правил (метку {#id} в заголовке).` }, r.start, r.end, 'unknown-etiquette-rule'));
}

// ------------------------------------------------------------------------------ notices

// {{#if repeat}} tells a sanction earned by earlier violations from one a rule's exception gives at the
// first (spam blocked at once): "broken again" is only true in the first case.
const DEFAULT_NOTICES: Record<Lang, Record<StepKind, string>> = {
  ru: {
    note: '{{name}}, небольшое напоминание: в сообществе есть правило «{{rule.title}}». Спасибо, что держитесь его — так разговор остаётся приятным для всех.',
    warning: '{{name}}, ваш комментарий нарушает правило «{{rule.title}}», поэтому мы его скрыли. Это предупреждение; при повторе доступ к комментариям придётся ограничить.',
    block:
      '{{name}}, {{#if repeat}}правило «{{rule.title}}» нарушено снова{{else}}ваш комментарий нарушает правило «{{rule.title}}», а за такие нарушения мы не предупреждаем заранее{{/if}}, поэтому мы ограничили комментарии на {{step.duration}}. После этого будем рады видеть вас в обсуждениях. {{appeal}}',
    ban: '{{name}}, {{#if repeat}}после нескольких нарушений правила «{{rule.title}}»{{else}}за нарушение правила «{{rule.title}}» мы не предупреждаем заранее, поэтому{{/if}} мы закрываем вам доступ к сообществу. {{appeal}}',
  },
  en: {
    note: 'A friendly reminder, {{name}}: our community has a rule, “{{rule.title}}”. Thanks for keeping to it — it keeps the conversation good for everyone.',
    warning: '{{name}}, your comment breaks our rule “{{rule.title}}”, so we have hidden it. This is a warning; if it happens again we will have to limit your comments.',
    block:
      '{{name}}, {{#if repeat}}the rule “{{rule.title}}” was broken again{{else}}your comment breaks our rule “{{rule.title}}”, one we enforce without a warning{{/if}}, so commenting is paused for {{step.duration}}. After that, you are welcome back in the discussion. {{appeal}}',
    ban: '{{name}}, {{#if repeat}}after repeated breaches of the rule “{{rule.title}}”{{else}}the rule “{{rule.title}}” is one we enforce without a warning, so{{/if}} we are closing your access to the community. {{appeal}}',
  },
};

const DURATION: Record<Lang, Record<string, [string, string, string]>> = {
  ru: { m: ['минуту', 'минуты', 'минут'], h: ['час', 'часа', 'часов'], d: ['день', 'дня', 'дней'], w: ['неделю', 'недели', 'недель'] },
  en: { m: ['minute', 'minutes', 'minutes'], h: ['hour', 'hours', 'hours'], d: ['day', 'days', 'days'], w: ['week', 'weeks', 'weeks'] },
};

/** `24h` → «24 часа» / "24 hours". */
export function formatDuration(d: string | undefined, lang: Lang): string {
  const m = /^(\d+)(m|h|d|w)$/.exec(d ?? '');
  if (!m) return d ?? '';
  const n = Number(m[1]);
  const forms = DURATION[lang][m[2] as string] as [string, string, string];
  if (lang === 'en') return `${n} ${n === 1 ? forms[0] : forms[1]}`;
  const mod10 = n % 10;
  const mod100 = n % 100;
  const form = mod10 === 1 && mod100 !== 11 ? forms[0] : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2];
  return `${n} ${form}`;
}

/** The ladder step for a violation: the rule's exception, else the step for this violation count (the last one beyond). */
export function stepFor(doc: EtiquetteDoc, ruleId: string, violation: number): LadderStep | undefined {
  const exception = doc.exceptions[ruleId];
  if (exception) {
    const s = doc.ladder.find((l) => l.step === exception);
    if (s && violation <= s.after) return s;
  }
  const sorted = [...doc.ladder].sort((a, b) => a.after - b.after);
  return [...sorted].reverse().find((l) => l.after <= violation) ?? sorted[0];
}

export interface NoticeRequest {
  ruleId: string;
  /** The violation count, including this one (1 = the first). */
  violation: number;
  name: string;
  lang?: Lang;
}

export function renderNotice(doc: EtiquetteDoc, req: NoticeRequest): { text: string; step?: LadderStep; error?: Said } {
  const rule = doc.rules.find((r) => r.id === req.ruleId);
  if (!rule) return { text: '', error: { en: `Unknown rule "${req.ruleId}".`, ru: `Неизвестное правило "${req.ruleId}".` } };
  const step = stepFor(doc, req.ruleId, Math.max(1, req.violation));
  if (!step) return { text: '', error: { en: 'The etiquette document has no sanctions ladder.', ru: 'В документе с правилами нет лестницы санкций.' } };
  const lang = req.lang ?? doc.lang;
  const template = doc.notices[step.step] ?? DEFAULT_NOTICES[lang][step.step];
  const appeal = doc.appeal ?? '';
  const values: Record<string, string> = { name: req.name, appeal, repeat: req.violation > 1 ? 'yes' : '', violation: String(Math.max(1, req.violation)) };
  const r = renderTemplate(template.replace(/\{\{\s*rule\.(\w+)\s*\}\}/g, '{{rule_$1}}').replace(/\{\{\s*step\.(\w+)\s*\}\}/g, '{{step_$1}}'), {
    ...values,
    rule_title: rule.title,
    rule_id: rule.id,
    rule_number: rule.number ?? '',
    step_duration: formatDuration(step.duration, lang),
  });
  if (r.error || r.missing.length) return { text: '', step, error: r.error ?? { en: `Missing values: ${r.missing.join(', ')}`, ru: `Не хватает значений: ${r.missing.join(', ')}` } };
  return { text: r.text.replace(/\s+$/g, '').replace(/ {2,}/g, ' '), step };
}
