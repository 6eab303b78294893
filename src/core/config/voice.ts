// The tone-of-voice guide (`.community/voice.yaml`): parsed with positions, validated against
// schemas/voice.schema.json, and compiled with the built-in packs into a LintConfig. Never throws:
// everything wrong becomes a Problem at the key or value that is wrong.
import type * as YAML from 'yaml';
import voiceSchema from '../../../schemas/voice.schema.json';
import type { LintConfig, CompiledRule } from '../engine/lint';
import { RuleOptionError, type CompileEnv, type RuleDef, type RuleKind } from '../rules/api';
import { parseYaml, toJsSafe } from '../source/yaml';
import type { Bilingual, Lang, Localized, Problem, Severity } from '../types';
import { LANGS, problemText, SEVERITIES } from '../types';
import { nodeAt, nodeRange, schemaProblems } from './schema';

export const DEFAULT_CHANNEL_LIMITS: Readonly<Record<string, number>> = {
  x: 280,
  telegram: 4096,
  vk: 4096,
  instagram: 2200,
  facebook: 8000,
  email: 10000,
};

export const DEFAULT_LINT_KEYS = ['reply', 'replies', 'text', 'template', 'templates', 'notice'];
export const DEFAULT_INCLUDE = ['.community/**/*.{yaml,yml,md,markdown,txt}'];

/** The built-in rule kinds and packs a guide is compiled against. */
export interface RuleCatalog {
  kinds: ReadonlyMap<string, RuleKind>;
  packs: Readonly<Record<string, readonly RuleDef[]>>;
}

export interface VoiceExample {
  situation?: string;
  lang?: Lang;
  do?: string;
  dont?: string;
  why?: string;
}

export interface VoiceGuide {
  path?: string;
  name?: string;
  summary?: Localized;
  attributes: { name: Localized; description?: Localized }[];
  examples: VoiceExample[];
  language: Lang | 'auto';
  address?: CompileEnv['address'];
  channels: Record<string, number>;
  extends: Lang[];
  allow: string[];
  /** The guide's own rule settings, by id, as written. */
  rules: Record<string, unknown>;
  lint: { include: string[]; exclude: string[]; keys: string[] };
  /** Where each rule id is set in the guide (the key's range), for "go to the rule's definition". */
  ruleLocations: Map<string, { start: number; end: number }>;
}

export interface LoadedGuide {
  guide: VoiceGuide;
  config: LintConfig;
  problems: Problem[];
}

const isSeverity = (v: unknown): v is Severity | 'off' => v === 'off' || (SEVERITIES as readonly unknown[]).includes(v);

function emptyGuide(path?: string): VoiceGuide {
  return {
    path,
    attributes: [],
    examples: [],
    language: 'auto',
    channels: { ...DEFAULT_CHANNEL_LIMITS },
    extends: [...LANGS],
    allow: [],
    rules: {},
    lint: { include: [...DEFAULT_INCLUDE], exclude: [], keys: [...DEFAULT_LINT_KEYS] },
    ruleLocations: new Map(),
  };
}

/** The configuration used when a kit has no voice guide: both built-in packs, language detected per text. */
export function defaultConfig(catalog: RuleCatalog): LintConfig {
  return compileGuide(emptyGuide(), catalog, undefined, '', []).config;
}

export function loadVoiceGuide(source: string, catalog: RuleCatalog, path?: string): LoadedGuide {
  const guide = emptyGuide(path);
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) {
    return { ...compileGuide(guide, catalog, undefined, source, problems), guide };
  }
  problems.push(...schemaProblems(doc, source, voiceSchema, 'voice-schema'));
  const raw = toJsSafe(doc) as Record<string, unknown> | null | undefined;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) readGuide(raw, guide, doc, source);
  return compileGuide(guide, catalog, doc, source, problems);
}

function readGuide(raw: Record<string, unknown>, guide: VoiceGuide, doc: YAML.Document, source: string): void {
  const voice = raw.voice as Record<string, unknown> | undefined;
  if (voice && typeof voice === 'object') {
    if (typeof voice.name === 'string') guide.name = voice.name;
    if (voice.summary !== undefined) guide.summary = voice.summary as Localized;
    if (Array.isArray(voice.attributes)) guide.attributes = voice.attributes.filter((a) => a && typeof a === 'object' && 'name' in a);
    if (Array.isArray(voice.examples)) guide.examples = voice.examples.filter((a) => a && typeof a === 'object');
  }
  if (raw.language === 'ru' || raw.language === 'en' || raw.language === 'auto') guide.language = raw.language;
  const address = raw.address as Record<string, unknown> | undefined;
  if (address && typeof address === 'object') {
    guide.address = {
      form: address.form === 'ty' ? 'ty' : 'vy',
      capitalVy: address.capital_vy === 'always' || address.capital_vy === 'never' ? address.capital_vy : 'any',
    };
  }
  if (raw.channels && typeof raw.channels === 'object') {
    for (const [k, v] of Object.entries(raw.channels)) if (Number.isInteger(v) && (v as number) > 0) guide.channels[k] = v as number;
  }
  if (Array.isArray(raw.extends)) guide.extends = raw.extends.filter((x): x is Lang => x === 'ru' || x === 'en');
  if (Array.isArray(raw.allow)) guide.allow = raw.allow.filter((x): x is string => typeof x === 'string');
  if (raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules)) {
    guide.rules = raw.rules as Record<string, unknown>;
    for (const id of Object.keys(guide.rules)) {
      const [start, end] = nodeRange(nodeAt(doc, ['rules', id], true), source);
      guide.ruleLocations.set(id, { start, end });
    }
  }
  const lint = raw.lint as Record<string, unknown> | undefined;
  if (lint && typeof lint === 'object') {
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
    guide.lint.include = strings(lint.include) ?? guide.lint.include;
    guide.lint.exclude = strings(lint.exclude) ?? guide.lint.exclude;
    guide.lint.keys = strings(lint.keys) ?? guide.lint.keys;
  }
}

function compileGuide(guide: VoiceGuide, catalog: RuleCatalog, doc: YAML.Document | undefined, source: string, problems: Problem[]): LoadedGuide {
  const env: CompileEnv = { channelLimits: guide.channels, allow: guide.allow };
  if (guide.address) env.address = guide.address;
  const at = (path: (string | number)[], key = false): [number, number] => (doc ? nodeRange(nodeAt(doc, path, key), source) : [0, 0]);
  const problem = (message: string | Bilingual, path: (string | number)[], code: string, key = false) => {
    const [start, end] = at(path, key);
    problems.push({ severity: 'error', ...problemText(message), start, end, code });
  };

  const defs = new Map<string, { def: RuleDef; origin: string }>();
  for (const pack of guide.extends) {
    for (const def of catalog.packs[pack] ?? []) defs.set(def.id, { def, origin: `builtin:${pack}` });
  }
  const builtinIds = new Set<string>();
  for (const list of Object.values(catalog.packs)) for (const d of list) builtinIds.add(d.id);

  for (const [id, setting] of Object.entries(guide.rules)) {
    const existing = defs.get(id);
    if (typeof setting === 'string') {
      if (!isSeverity(setting)) continue; // the schema reported it
      if (!existing) {
        problem(
          builtinIds.has(id)
            ? { en: `Rule "${id}" belongs to a pack this guide does not extend. Add the pack to "extends" or remove this line.`, ru: `Правило «${id}» из набора, который гайд не подключает. Добавьте набор в "extends" или удалите эту строку.` }
            : { en: `Unknown rule "${id}". Use the id of a built-in rule (see the rules list), or give it a "kind" to define a rule of your own.`, ru: `Неизвестное правило «${id}». Укажите id встроенного правила (см. список правил) или задайте "kind", чтобы описать своё.` },
          ['rules', id],
          'unknown-rule',
          true,
        );
        continue;
      }
      defs.set(id, { def: { ...existing.def, severity: setting }, origin: existing.origin });
      continue;
    }
    if (!setting || typeof setting !== 'object' || Array.isArray(setting)) continue; // the schema reported it
    const obj = setting as Record<string, unknown>;
    if (existing) {
      if (obj.kind !== undefined && obj.kind !== existing.def.kind) {
        problem({ en: `Rule "${id}" is a built-in ${existing.def.kind} rule; its kind cannot change. Give your rule another id.`, ru: `«${id}» — встроенное правило вида ${existing.def.kind}; вид менять нельзя. Дайте своему правилу другой id.` }, ['rules', id, 'kind'], 'rule-kind');
        continue;
      }
      defs.set(id, { def: { ...existing.def, ...obj, id, kind: existing.def.kind } as RuleDef, origin: guide.path ?? 'voice.yaml' });
    } else {
      if (typeof obj.kind !== 'string') {
        problem({ en: `Unknown rule "${id}". A rule of your own needs a "kind" (one of: ${[...catalog.kinds.keys()].join(', ')}).`, ru: `Неизвестное правило «${id}». Своему правилу нужен "kind" (один из: ${[...catalog.kinds.keys()].join(', ')}).` }, ['rules', id], 'unknown-rule', true);
        continue;
      }
      defs.set(id, { def: { ...obj, id, kind: obj.kind } as RuleDef, origin: guide.path ?? 'voice.yaml' });
    }
  }

  const rules: CompiledRule[] = [];
  const known = new Set<string>(builtinIds);
  for (const [id, { def, origin }] of defs) {
    known.add(id);
    if (def.severity === 'off') continue;
    const kind = catalog.kinds.get(def.kind);
    const fromGuide = id in guide.rules;
    if (!kind) {
      problem({ en: `Rule "${id}" has an unknown kind "${def.kind}". Known kinds: ${[...catalog.kinds.keys()].join(', ')}.`, ru: `У правила «${id}» неизвестный вид «${def.kind}». Известные виды: ${[...catalog.kinds.keys()].join(', ')}.` }, ['rules', id, 'kind'], 'unknown-kind');
      continue;
    }
    try {
      const check = kind.compile(def, env);
      rules.push({
        id,
        kind: def.kind,
        severity: def.severity === 'error' || def.severity === 'warning' || def.severity === 'info' ? def.severity : 'warning',
        def,
        message: def.message ?? kind.defaultMessage,
        check,
        origin,
      });
    } catch (e) {
      const option = e instanceof RuleOptionError ? e.option : undefined;
      const path: (string | number)[] = ['rules', id];
      if (option && fromGuide) path.push(...option.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
      const why = e instanceof Error ? e.message : String(e);
      if (fromGuide) problem({ en: `Rule "${id}": ${why}`, ru: `Правило «${id}»: ${why}` }, path, 'rule-options', !option);
      else problems.push({ severity: 'error', message: `Built-in rule "${id}" failed to compile: ${why}`, start: 0, end: 0, code: 'rule-options' });
    }
  }
  const config: LintConfig = {
    rules,
    env,
    defaults: { lang: guide.language },
    known,
  };
  return { guide, config, problems };
}
