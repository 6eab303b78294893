// The validators compiled at build time (esbuild.mjs → src/core/config/schema-validators.generated.ts)
// judge every document exactly as ajv compiling the schema at run time does: the same verdict and the
// same errors, on the example kits' files and on broken versions of them, under every schema.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv, { type ValidateFunction } from 'ajv';
import * as YAML from 'yaml';
import { BY_ID } from '../../../src/core/config/schema-validators.generated';

const schemas = readdirSync('schemas')
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => JSON.parse(readFileSync(join('schemas', f), 'utf8')) as { $id: string });

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(f)) out.push(p);
  }
  return out;
}

/** A document and broken variants: an unknown key, a wrong type and a missing value at each top-level key. */
function variants(doc: unknown): unknown[] {
  const out = [doc, null, 'text', [], {}];
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) {
    out.push({ ...doc, 'no-such-key': 1 });
    for (const key of Object.keys(doc)) {
      out.push({ ...doc, [key]: 42 }, { ...doc, [key]: ['x'] }, Object.fromEntries(Object.entries(doc).filter(([k]) => k !== key)));
    }
  }
  return out;
}

test('build-time validators: one per schema, found by $id', () => {
  assert.deepEqual(Object.keys(BY_ID).sort(), schemas.map((s) => s.$id).sort());
});

test('build-time validators give the verdict and errors of a run-time ajv compile', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  const docs = yamlFiles('examples').flatMap((f) => variants(YAML.parse(readFileSync(f, 'utf8'))));
  assert.ok(docs.length > 100, `${docs.length} documents`);
  let invalid = 0;
  for (const schema of schemas) {
    const runtime = ajv.compile(schema);
    const built = (BY_ID as unknown as Record<string, ValidateFunction>)[schema.$id] as ValidateFunction;
    for (const doc of docs) {
      const ok = runtime(doc);
      assert.equal(built(doc), ok, `${schema.$id}: ${JSON.stringify(doc).slice(0, 80)}`);
      assert.deepEqual(built.errors ?? null, runtime.errors ?? null);
      if (!ok) invalid++;
    }
  }
  assert.ok(invalid > docs.length, 'the documents include many invalid ones');
});
