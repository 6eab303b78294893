// Shared vocabulary of the core. Everything here is plain data: offsets, never editor ranges.

/** The languages the product speaks and lints. */
export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Who a reply answers. The four types of commenter community managers sort comments into:
 * thankful people, people with a neutral question, constructive critics and destructive trolls.
 */
export const COMMENTER_TYPES = ['grateful', 'neutral', 'critic', 'troll'] as const;
export type CommenterType = (typeof COMMENTER_TYPES)[number];

/** A text in one or both languages. Rule messages, titles and descriptions use it. */
export type Localized = string | Partial<Record<Lang, string>>;

/** Picks the text for `lang` from a Localized value, falling back to the other language. */
export function localize(value: Localized | undefined, lang: Lang): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[lang] ?? value.en ?? value.ru ?? '';
}

/** Fills `{name}` slots in a message. Unknown slots are left as they are. */
export function fillMessage(template: string, args: Record<string, string | number> = {}): string {
  // a message is filled for every finding, from a few templates: each is split at its slots once
  let parts = TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(SLOT);
    if (TEMPLATES.size >= TEMPLATES_KEPT) TEMPLATES.clear();
    TEMPLATES.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += (key in args ? String(args[key]) : `{${key}}`) + (parts[i + 1] as string);
  }
  return out;
}
/** A slot; split by it, a template is [text, key, text, key, ..., text]. */
const SLOT = /\{(\w+)\}/;
const TEMPLATES = new Map<string, string[]>();
const TEMPLATES_KEPT = 1024;

/** A fix is data: replace [start, end) with `replacement`. Offsets are UTF-16 code units. */
export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

/** One finding of one rule in one text. Offsets are UTF-16 code units into the text that was linted. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: Fix;
  /** Extra alternatives a user may pick instead of `fix` (e.g. several preferred terms). */
  suggestions?: Fix[];
}

/** What a text is, for rules that care: a reply to be sent, prose around it, or a template with variables. */
export type TextRole = 'reply' | 'prose' | 'template';

/** The situation a text is linted in. */
export interface LintContext {
  lang: Lang;
  /** A channel id from the channel table (x, telegram, vk, instagram, email, ...), when known. */
  channel?: string;
  commenter?: CommenterType;
  role: TextRole;
  /** Names of template variables that are declared (so `{{name}}` is not an unfilled placeholder). */
  variables?: readonly string[];
}

/** A problem in a kit file itself (config, schema, syntax), with its position in that file. */
export interface Problem {
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** A stable code, e.g. `yaml-syntax`, `schema`, `unknown-rule`, `duplicate-id`. */
  code: string;
  fix?: Fix;
  /** The message in Russian, where it has been written (`message` is English). */
  ru?: string;
}

/** A message in both languages. */
export interface Bilingual {
  en: string;
  ru: string;
}

/** The message and its Russian for a Problem, from one text or both. */
export const problemText = (m: string | Bilingual): { message: string; ru?: string } => (typeof m === 'string' ? { message: m } : { message: m.en, ru: m.ru });

/** A problem's message in a UI language (English where no Russian was written). */
export const problemMessage = (p: Problem, lang: Lang): string => (lang === 'ru' && p.ru ? p.ru : p.message);

/** A configuration error that stops a run: what is wrong, in which file, and where. */
export class KitError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly start?: number,
    readonly end?: number,
  ) {
    super(message);
    this.name = 'KitError';
  }
}

/**
 * Ids used in more than one file: for each later file, the items whose id an earlier file already has,
 * with that earlier file. (Duplicates within one file are each format's own check.)
 */
export function laterDuplicates<T extends { id: string }>(files: readonly { path: string; items: readonly T[] }[]): Map<string, { item: T; firstPath: string }[]> {
  const first = new Map<string, string>();
  const out = new Map<string, { item: T; firstPath: string }[]>();
  for (const f of files) {
    for (const item of f.items) {
      const prev = first.get(item.id);
      if (prev === undefined) first.set(item.id, f.path);
      else if (prev !== f.path) out.set(f.path, [...(out.get(f.path) ?? []), { item, firstPath: prev }]);
    }
  }
  return out;
}
