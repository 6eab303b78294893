// The built-in catalog: every rule kind and the Russian and English packs. One place, so the CLI,
// the extension, the docs generator and the tests all see the same rules.
import type { RuleCatalog } from './config/voice';
import { EN_WORD_RULES } from './packs/en-words';
import { EN_STRUCTURE_RULES } from './packs/en-structure';
import { RU_STRUCTURE_RULES } from './packs/ru-structure';
import { RU_WORD_RULES } from './packs/ru-words';
import type { RuleDef, RuleKind } from './rules/api';
import { addressKind } from './rules/kinds/address';
import { bannedKind } from './rules/kinds/banned';
import { capsKind } from './rules/kinds/caps';
import { emojiKind } from './rules/kinds/emoji';
import { lengthKind } from './rules/kinds/length';
import { patternKind } from './rules/kinds/pattern';
import { piiKind } from './rules/kinds/pii';
import { placeholderKind } from './rules/kinds/placeholder';
import { preferredKind } from './rules/kinds/preferred';
import { punctuationKind } from './rules/kinds/punctuation';
import { requiredKind } from './rules/kinds/required';
import { sentenceKind } from './rules/kinds/sentence';
import type { Severity } from './types';
import { localize } from './types';

export const HOMEPAGE = 'https://github.com/community-kit/community-kit';

export const RULE_KINDS: readonly RuleKind[] = [
  bannedKind,
  preferredKind,
  punctuationKind,
  emojiKind,
  lengthKind,
  capsKind,
  addressKind,
  placeholderKind,
  piiKind,
  sentenceKind,
  requiredKind,
  patternKind,
];

export const BUILTIN_PACKS: Readonly<Record<'ru' | 'en', readonly RuleDef[]>> = {
  ru: [...RU_WORD_RULES, ...RU_STRUCTURE_RULES],
  en: [...EN_WORD_RULES, ...EN_STRUCTURE_RULES],
};

export const BUILTIN_CATALOG: RuleCatalog = {
  kinds: new Map(RULE_KINDS.map((k) => [k.kind, k])),
  packs: BUILTIN_PACKS,
};

const byId = new Map<string, RuleDef>();
for (const list of Object.values(BUILTIN_PACKS)) for (const d of list) byId.set(d.id, d);

export const builtinRule = (id: string): RuleDef | undefined => byId.get(id);

/** The anchor of a rule in docs/rules.md (GitHub's heading anchors: lower case, dots dropped). */
export const ruleAnchor = (id: string) => id.toLowerCase().replace(/[^a-z0-9\- ]/g, '').replace(/ /g, '-');

/** The documentation page of a rule (or of all rules, for an empty id). */
export function ruleDocsUrl(id: string): string {
  if (id.startsWith('kit/')) return `${HOMEPAGE}/blob/main/docs/rules.md#kit-problems`;
  return `${HOMEPAGE}/blob/main/docs/rules.md${id ? `#${ruleAnchor(id)}` : ''}`;
}

export function ruleInfo(id: string): { id: string; description?: string; helpUri?: string; severity?: Severity } {
  const def = byId.get(id);
  const description = def ? localize(def.description ?? def.message, 'en') : id.startsWith('kit/') ? `Problem in a kit file (${id.slice(4)})` : undefined;
  const severity = def && def.severity !== 'off' ? def.severity : undefined;
  return { id, helpUri: ruleDocsUrl(id), ...(description ? { description } : {}), ...(severity ? { severity } : {}) };
}
