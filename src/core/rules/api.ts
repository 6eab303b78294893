// The contract between the engine and a rule kind. A rule is data (a RuleDef, from a built-in pack or
// from the user's voice guide) plus the check function its kind compiles it into.
import type { CommenterType, Fix, Lang, LintContext, Localized, Severity } from '../types';
import { fillMessage } from '../types';
import type { Token } from '../text/tokenize';
import type { WordSpans } from '../text/scan';

/** A rule as written in a pack or in `voice.yaml`. Kind-specific options sit beside the common keys. */
export interface RuleDef {
  id: string;
  kind: string;
  severity?: Severity | 'off';
  /** Only texts in this language (default: any). */
  lang?: Lang;
  /** Only these channels / commenter types / text roles (default: all). */
  channels?: string[];
  commenters?: CommenterType[];
  roles?: LintContext['role'][];
  /** The message, with `{slots}` the kind fills. Chosen in the language of the text. */
  message?: Localized;
  description?: Localized;
  /** Kind-specific options. */
  [option: string]: unknown;
}

/** The text a rule checks, with its tokens computed once and shared by every rule. */
export interface TextUnit {
  readonly text: string;
  readonly ctx: LintContext;
  /** Word tokens (Unicode-aware), in order. Computed lazily, once per text. */
  readonly tokens: readonly Token[];
  /** Sentences as [start, end) offsets, computed lazily, once per text. */
  readonly sentences: readonly { start: number; end: number }[];
  /** Where the tokens are, without the tokens (no strings made): for rules that only count words. */
  readonly words: WordSpans;
  /** Gate bits the text's words may match (rules/gate.ts): a word rule whose bit is absent returns at once. */
  readonly gates: number;
  /** `make(unit)`, computed once per text and key: figures several rules of a kind share. */
  memo<T>(key: object, make: (unit: TextUnit) => T): T;
}

/** What a check reports. The engine adds the rule id and severity. */
export interface Report {
  start: number;
  end: number;
  /** Slots for the rule's message template, e.g. `{ word: 'юзер', suggestion: 'пользователь' }`. */
  args?: Record<string, string | number>;
  /** A message to use instead of the rule's own (already in the text's language). */
  message?: string;
  /** A sentence added after the message, whichever it is (already in the text's language). */
  note?: string;
  fix?: Fix;
  suggestions?: Fix[];
}

/** A report's message: its own or the rule's template filled with its args, then its note. */
export function reportMessage(r: Report, template: string): string {
  const message = r.message ?? fillMessage(template, r.args);
  return r.note ? `${message} ${r.note}` : message;
}

/**
 * A rule's check. `gates`, if set: the check reports nothing on a text whose gate mask (TextUnit.gates)
 * has none of these bits, and the engine does not call it there (a word rule, on most texts).
 */
export type Check = ((unit: TextUnit, report: (r: Report) => void) => void) & { gates?: number };

/** `check` with its `gates` (see Check); 0 means none: the check is called on every text. */
export function withGates(gates: number, check: Check): Check {
  if (gates) check.gates = gates;
  return check;
}

/** Information the kind gets when it compiles a rule: environment the rule may depend on. */
export interface CompileEnv {
  /** Channel id → maximum length in characters (the guide can change the table). */
  channelLimits: Record<string, number>;
  /** Words and phrases the guide allows everywhere (never reported by word rules). */
  allow: readonly string[];
  /** The brand's form of address in Russian, if the guide sets one. */
  address?: { form: 'vy' | 'ty'; capitalVy?: 'always' | 'never' | 'any' };
}

/**
 * A rule kind. `compile` validates a rule's kind-specific options and returns its check; it throws
 * `RuleOptionError` (with the option key) when the options are wrong, so the config loader can point
 * at the exact place in `voice.yaml`.
 */
export interface RuleKind {
  kind: string;
  description: Localized;
  /** Default message (localized, with `{slots}`), used when a rule def has none. */
  defaultMessage: Localized;
  compile(def: RuleDef, env: CompileEnv): Check;
}

export class RuleOptionError extends Error {
  constructor(
    message: string,
    /** The option key (or path, e.g. `words.3`) that is wrong. */
    readonly option?: string,
  ) {
    super(message);
    this.name = 'RuleOptionError';
  }
}
