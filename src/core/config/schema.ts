// JSON Schema validation of YAML kit files with positions: ajv checks the parsed value, and each
// error's instance path is walked back through the YAML document to the node it names, so the user
// sees the error on the right key. Shared by every kind of kit file.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as YAML from 'yaml';
import type { Bilingual, Problem } from '../types';
import { BY_ID } from './schema-validators.generated';

// Compiled at build time (esbuild.mjs): the validator of each schema in schemas/, by its $id.
const VALIDATORS = BY_ID as unknown as Record<string, ValidateFunction>;

function validatorFor(schema: object): ValidateFunction {
  const id = (schema as { $id?: unknown }).$id;
  const v = typeof id === 'string' ? VALIDATORS[id] : undefined;
  if (!v) throw new Error(`no compiled validator for schema ${String(id)}: run npm run build`);
  return v;
}

/** The node at a path of keys/indexes; `key: true` gives the key node of the last step instead of its value. */
export function nodeAt(doc: YAML.Document, path: readonly (string | number)[], key = false): YAML.Node | undefined {
  let node: unknown = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (YAML.isMap(node)) {
      const pair = node.items.find((p) => (YAML.isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(step));
      if (!pair) return YAML.isNode(node) ? node : undefined;
      if (key && i === path.length - 1) return YAML.isNode(pair.key) ? pair.key : undefined;
      node = pair.value ?? pair.key;
    } else if (YAML.isSeq(node)) {
      node = node.items[Number(step)];
    } else {
      break;
    }
  }
  return YAML.isNode(node) ? node : undefined;
}

/** [start, end) narrowed to its first line: where a problem about a whole collection is shown. */
export function firstLineRange(source: string, start: number, end: number): [number, number] {
  const nl = source.indexOf('\n', start);
  return [start, nl === -1 || nl > end ? end : nl];
}

/** [start, end) of a node, narrowed to its first line for collections (so a problem is not a whole block). */
export function nodeRange(node: YAML.Node | undefined, source: string): [number, number] {
  const r = node?.range;
  if (!r) return [0, Math.min(source.length, Math.max(0, source.indexOf('\n')))];
  const [start, valueEnd] = r;
  if (YAML.isCollection(node)) return firstLineRange(source, start, valueEnd);
  return [start, Math.max(start, valueEnd)];
}

const decodePointer = (p: string) => (p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')));

const TYPES_RU: Record<string, string> = { string: 'строкой', number: 'числом', integer: 'целым числом', boolean: 'true или false', object: 'набором ключей', array: 'списком', null: 'пустым' };

function describe(e: ErrorObject): Bilingual {
  const path = decodePointer(e.instancePath).join('.');
  const where = e.instancePath ? `"${path}"` : 'the file';
  const whereRu = e.instancePath ? `«${path}»` : 'файл';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return {
        en: `Unknown key "${key}" in ${where}. Check its spelling; the schema lists the allowed keys.`,
        ru: `Неизвестный ключ «${key}» в ${e.instancePath ? whereRu : 'файле'}. Проверьте написание; допустимые ключи перечислены в схеме.`,
      };
    }
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { en: `${where} needs the key "${key}".`, ru: `${e.instancePath ? whereRu : 'В файле'}: не хватает ключа «${key}».` };
    }
    case 'enum': {
      const list = (e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ');
      return { en: `${where} must be one of: ${list}.`, ru: `${whereRu}: допустимые значения — ${list}.` };
    }
    case 'const': {
      const v = JSON.stringify((e.params as { allowedValue: unknown }).allowedValue);
      return { en: `${where} must be ${v}.`, ru: `${whereRu}: значение должно быть ${v}.` };
    }
    case 'type': {
      const t = (e.params as { type: string }).type;
      return { en: `${where} must be ${t}.`, ru: `${whereRu} должно быть ${t.split(',').map((x) => TYPES_RU[x] ?? x).join(' или ')}.` };
    }
    default:
      return { en: `${where} ${e.message ?? 'is not valid'}.`, ru: `${whereRu}: значение не подходит по схеме (${e.message ?? e.keyword}).` };
  }
}

/**
 * Validates a parsed YAML document against a JSON Schema and returns problems at the positions of the
 * offending keys and values. Of the errors one `oneOf` produces, only the most telling is kept.
 */
export function schemaProblems(doc: YAML.Document, source: string, schema: object, code = 'schema', js?: unknown): Problem[] {
  const validate = validatorFor(schema);
  let value: unknown = js;
  if (value === undefined) {
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch {
      return []; // parseYaml already reported the aliases
    }
  }
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  // Drop a oneOf/anyOf's summary and its branch errors when the value is an object: the object branch's
  // errors are the useful ones; for a scalar, keep the enum branch.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'if') continue;
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const [path, list] of byPath) {
    // For a value matching neither a string enum nor an object shape, ajv reports both a "type" error
    // and the branch's errors; report the non-type ones when there are some.
    const specific = list.filter((e) => e.keyword !== 'type');
    for (const e of specific.length ? specific : list.slice(0, 1)) {
      const steps = decodePointer(path);
      let node: YAML.Node | undefined;
      if (e.keyword === 'additionalProperties') node = nodeAt(doc, [...steps, (e.params as { additionalProperty: string }).additionalProperty], true);
      else node = nodeAt(doc, steps);
      const [start, end] = nodeRange(node, source);
      const text = describe(e);
      const k = `${start}:${text.en}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ severity: 'error', code, message: text.en, ru: text.ru, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
