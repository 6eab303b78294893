// docs/rules.md is generated from the catalog, so the documentation can never drift from the rules:
// a unit test fails when the committed file differs (UPDATE_DOCS=1 rewrites it).
import type { RuleCatalog } from '../config/voice';
import { localize } from '../types';
import type { RuleDef } from './api';

const OPTIONS: Record<string, string> = {
  banned: '`words` (lemmas, phrases, `prefix*`, `=exact`, `*ending` after a phrase’s first word), `exceptions`, `suggest` ({term: replacement}), `negated: allow` (a match right after a negation in its clause, or after a negated promise, is fine), `alone` (terms that are off only as a whole reply: a bare «Noted.»), `vocative` (words that are off when they address the reader: "Nice try, genius.")',
  preferred: '`terms` ({avoid: use} or {avoid: [use, ...]}), `exceptions` (forms or phrases that are fine)',
  punctuation: '`max` (marks in a row, default 1), `brackets` (flag `)))`, default true)',
  emoji: '`max` (default 3), `forbid` (emoji never used), `grief` (default true: a laughing or smiling emoji beside news of a death)',
  length: '`max` (overrides the channel table in `channels`)',
  caps: '`allow` (acronyms besides the built-in list), `minLength` (default 4)',
  address: '`form` (vy, ty, any), `capitalVy` (always, never, any); defaults from the guide\'s `address`',
  placeholder: '`ignore` (slots that are fine)',
  pii: '`email`, `phone`, `card`, `address`, `document`, `secret` (true/false; secret: wallet recovery phrases and keys), `allowDomains` (e.g. the brand\'s support domain), `allow`',
  sentence: '`maxWords` (default 25), `maxLongWords` (default 4)',
  required: '`require` ([{any: [...], message, unless: {channels}}]), `greeting` (true: open with the person\'s name), `minWords`, `when` ({commenters, roles, channels, minWords})',
  pattern: '`pattern` or `patterns` (RE2 syntax: no backreferences or lookaround), `flags` (i, m, s; default i)',
};

const scope = (d: RuleDef) =>
  [d.lang && `language ${d.lang}`, d.commenters?.length && `commenters: ${d.commenters.join(', ')}`, d.roles?.length && `texts: ${d.roles.join(', ')}`, d.channels?.length && `channels: ${d.channels.join(', ')}`]
    .filter(Boolean)
    .join('; ');

export function renderRulesDoc(catalog: RuleCatalog): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/core/packs by test/unit/core/rules-doc.test.ts (UPDATE_DOCS=1 npm run test:unit). Do not edit by hand. -->',
    '',
    'tone-lint ships two packs, `ru` and `en`; with no guide both apply and each text gets the rules of its own language.',
    'What must never be published is an **error** (tone-lint exits with 1); the rest are warnings or info.',
    'Change any rule in `.community/voice.yaml` (see [the guide format](formats/voice.md)).',
    '',
    '## Rule kinds',
    '',
    '| kind | checks | options |',
    '|---|---|---|',
  ];
  for (const k of catalog.kinds.values()) out.push(`| \`${k.kind}\` | ${localize(k.description, 'en')} | ${OPTIONS[k.kind] ?? ''} |`);
  for (const [pack, defs] of Object.entries(catalog.packs)) {
    out.push('', `## Pack \`${pack}\``, '');
    for (const d of defs) {
      out.push(`### ${d.id}`, '');
      out.push(`${localize(d.description, 'en')} — ${localize(d.description, 'ru')}`, '');
      out.push(`- kind: \`${d.kind}\`, severity: **${d.severity ?? 'warning'}**${scope(d) ? `, ${scope(d)}` : ''}`);
      const terms = Array.isArray(d.words) ? (d.words as string[]) : d.terms ? Object.entries(d.terms as Record<string, string | string[]>).map(([a, b]) => `${a} → ${[b].flat().join(' / ')}`) : [];
      if (terms.length) out.push(`- terms: ${terms.map((t) => `\`${t}\``).join(', ')}`);
      if (d.message) out.push(`- message: ${localize(d.message, 'en')}`);
      out.push('');
    }
  }
  out.push('## Kit problems', '', 'Problems of the kit files themselves are reported as `kit/<code>`: `kit/yaml-syntax`, `kit/yaml-aliases`, `kit/voice-schema`, `kit/unknown-rule`, `kit/unknown-kind`, `kit/rule-options`, `kit/rule-kind`, `kit/binary`, `kit/encoding`, `kit/too-large`, and the checks of each file format.', '');
  return out.join('\n');
}
