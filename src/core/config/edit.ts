// Edits to the voice guide as small text edits, so that everything else in the file — comments,
// blank lines, quoting, flow or block style — stays exactly as the user wrote it. Each function
// returns the fixes to apply (usually one insertion or one replacement), or none when nothing changes.
import * as YAML from 'yaml';
import type { Fix, Severity } from '../types';
import { parseYaml } from '../source/yaml';

const keyName = (k: unknown) => (YAML.isScalar(k) ? String(k.value) : String(k));

function pairOf(map: YAML.YAMLMap, key: string): YAML.Pair | undefined {
  return map.items.find((p) => keyName(p.key) === key) as YAML.Pair | undefined;
}

/** The indentation (spaces) of the line holding offset `at`. */
function indentAt(source: string, at: number): string {
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  return (/^[ \t]*/.exec(source.slice(lineStart)) as RegExpExecArray)[0];
}

/** A YAML scalar for a value: plain when that parses back the same, else double-quoted. */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ._'’-]*$/u.test(value) && !/^(true|false|null|yes|no|on|off|~)$/i.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** End of the line holding offset `at` (before its line break). */
function lineEndAt(source: string, at: number): number {
  const e = source.indexOf('\n', at);
  return e === -1 ? source.length : e;
}

/** Insertion point after the last item of a block collection (the end of its last line). */
function afterNode(source: string, node: YAML.Node): number {
  const end = node.range ? node.range[1] : source.length;
  // range[1] may sit after trailing comments or at the next line; back up over whitespace.
  let e = end;
  while (e > 0 && /\s/.test(source[e - 1] as string)) e--;
  return lineEndAt(source, e);
}

function appendTopLevel(source: string, text: string): Fix {
  const sep = source.length === 0 || source.endsWith('\n') ? '' : '\n';
  return { start: source.length, end: source.length, replacement: `${sep}${text}\n` };
}

/** Adds a word or phrase to the guide's `allow` list. */
export function addAllowWord(source: string, word: string): Fix[] {
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) return [];
  const root = doc.contents;
  if (root && !YAML.isMap(root)) return [];
  const pair = root ? pairOf(root, 'allow') : undefined;
  const value = yamlScalar(word);
  if (!pair || pair.value === null || (YAML.isScalar(pair.value) && pair.value.value === null)) {
    if (pair && YAML.isScalar(pair.key) && pair.key.range) {
      const at = lineEndAt(source, pair.key.range[1]);
      const keyEnd = pair.key.range[1];
      const lineTail = source.slice(keyEnd, at);
      return [{ start: keyEnd, end: keyEnd + lineTail.length, replacement: `:\n  - ${value}` }];
    }
    return [appendTopLevel(source, `allow:\n  - ${value}`)];
  }
  const seq = pair.value;
  if (!YAML.isSeq(seq)) return [];
  if (seq.items.some((i) => YAML.isScalar(i) && String(i.value).toLowerCase() === word.toLowerCase())) return [];
  if (seq.flow) {
    const end = (seq.range as [number, number, number])[1];
    const close = source.lastIndexOf(']', end);
    if (close === -1) return [];
    const before = source.slice(0, close).trimEnd();
    const empty = before.endsWith('[');
    return [{ start: close, end: close, replacement: `${empty ? '' : ', '}${value}` }];
  }
  const last = seq.items[seq.items.length - 1] as YAML.Node | undefined;
  if (!last || !last.range) return [];
  const dash = source.lastIndexOf('-', last.range[0]);
  const indent = indentAt(source, dash);
  const at = afterNode(source, last);
  return [{ start: at, end: at, replacement: `\n${indent}- ${value}` }];
}

/** Sets a rule's severity in `rules:` (a scalar setting is replaced; an object gets/changes `severity`). */
export function setRuleSeverity(source: string, ruleId: string, severity: Severity | 'off'): Fix[] {
  const { doc, problems } = parseYaml(source);
  if (problems.some((p) => p.severity === 'error')) return [];
  const root = doc.contents;
  if (root && !YAML.isMap(root)) return [];
  const rules = root ? pairOf(root, 'rules') : undefined;
  const idKey = yamlScalar(ruleId);
  if (!rules || !YAML.isMap(rules.value)) {
    if (rules && YAML.isScalar(rules.key) && rules.key.range && (rules.value === null || (YAML.isScalar(rules.value) && rules.value.value === null))) {
      const keyEnd = rules.key.range[1];
      return [{ start: keyEnd, end: lineEndAt(source, keyEnd), replacement: `:\n  ${idKey}: ${severity}` }];
    }
    return [appendTopLevel(source, `rules:\n  ${idKey}: ${severity}`)];
  }
  const map = rules.value;
  const entry = pairOf(map, ruleId);
  if (!entry) {
    if (map.flow) {
      const close = source.lastIndexOf('}', (map.range as [number, number, number])[1]);
      const empty = source.slice(0, close).trimEnd().endsWith('{');
      return [{ start: close, end: close, replacement: `${empty ? '' : ', '}${idKey}: ${severity}` }];
    }
    const first = map.items[0]?.key as YAML.Node | undefined;
    const last = map.items[map.items.length - 1] as YAML.Pair | undefined;
    if (!first?.range || !last) return [];
    const indent = indentAt(source, first.range[0]);
    const at = afterNode(source, (last.value ?? last.key) as YAML.Node);
    return [{ start: at, end: at, replacement: `\n${indent}${idKey}: ${severity}` }];
  }
  const v = entry.value;
  if (YAML.isScalar(v) && v.range) {
    if (v.value === severity) return [];
    return [{ start: v.range[0], end: v.range[1], replacement: severity }];
  }
  if (YAML.isMap(v)) {
    const sev = pairOf(v, 'severity');
    if (sev && YAML.isScalar(sev.value) && sev.value.range) {
      if (sev.value.value === severity) return [];
      return [{ start: sev.value.range[0], end: sev.value.range[1], replacement: severity }];
    }
    if (v.flow) {
      const open = source.indexOf('{', (v.range as [number, number, number])[0]);
      return [{ start: open + 1, end: open + 1, replacement: ` severity: ${severity},` }];
    }
    const firstKey = v.items[0]?.key as YAML.Node | undefined;
    if (!firstKey?.range) return [];
    const indent = indentAt(source, firstKey.range[0]);
    const lineStart = source.lastIndexOf('\n', firstKey.range[0] - 1) + 1;
    return [{ start: lineStart, end: lineStart, replacement: `${indent}severity: ${severity}\n` }];
  }
  return [];
}
