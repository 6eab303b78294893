// Option readers for rule kinds: each checks one option of a rule definition and throws a
// RuleOptionError naming it, so the guide loader can point at the exact key in voice.yaml.
import { RuleOptionError, type RuleDef } from '../api';

export function stringList(def: RuleDef, key: string, required = false): string[] {
  const v = def[key];
  if (v === undefined) {
    if (required) throw new RuleOptionError(`needs "${key}": a list of words or phrases.`, key);
    return [];
  }
  if (!Array.isArray(v)) throw new RuleOptionError(`"${key}" must be a list of strings.`, key);
  v.forEach((x, i) => {
    if (typeof x !== 'string' || !x.trim()) throw new RuleOptionError(`"${key}" item ${i + 1} must be a non-empty string.`, `${key}.${i}`);
  });
  if (required && !v.length) throw new RuleOptionError(`"${key}" is empty; list at least one word or phrase.`, key);
  return v as string[];
}

export function int(def: RuleDef, key: string, fallback: number, min = 0): number {
  const v = def[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw new RuleOptionError(`"${key}" must be a whole number of at least ${min}.`, key);
  return v;
}

export function bool(def: RuleDef, key: string, fallback: boolean): boolean {
  const v = def[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') throw new RuleOptionError(`"${key}" must be true or false.`, key);
  return v;
}

export function oneOf<T extends string>(def: RuleDef, key: string, allowed: readonly T[], fallback: T): T {
  const v = def[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new RuleOptionError(`"${key}" must be one of: ${allowed.join(', ')}.`, key);
  return v as T;
}

/** Fails on options the kind does not know, so a typo in voice.yaml is reported, not ignored. */
const COMMON = new Set(['id', 'kind', 'severity', 'lang', 'channels', 'commenters', 'roles', 'message', 'description']);
export function knownOptions(def: RuleDef, known: readonly string[]): void {
  for (const k of Object.keys(def)) {
    if (!COMMON.has(k) && !known.includes(k)) {
      throw new RuleOptionError(`unknown option "${k}" for a ${def.kind} rule. Its options are: ${known.length ? known.join(', ') : 'none'}.`, k);
    }
  }
}
