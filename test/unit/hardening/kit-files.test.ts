// Property test: every file of the starter kits, damaged by a few YAML or Markdown pieces in random
// places (comments that empty a value, nulls, numbers, stray collections, anchors, tabs...), goes
// through linting and through what the views, previews and exports do with it without an exception.
// The parser tests build documents from pieces; this one starts from whole, real files.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { BUILTIN_CATALOG } from '../../../src/core/builtin';
import { defaultConfig } from '../../../src/core/config/voice';
import { parseEtiquette, renderNotice } from '../../../src/core/etiquette/etiquette';
import { filterQuestions, groupQuestions, kitMinutes, parseBank, parseKit, parseScorecard, scorecardHtml, scorecardMarkdown } from '../../../src/core/interview/bank';
import { classifyKitFile } from '../../../src/core/kit/files';
import { lintKitFile } from '../../../src/core/kit/lint-file';
import { parseMatrix, renderReply, requiredVariables, validateEntries } from '../../../src/core/responses/matrix';
import { damaged, insertions } from '../damage';

function kitFiles(dir: string, out: [string, string][] = []): [string, string][] {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) kitFiles(p, out);
    else if (/\.(ya?ml|md)$/.test(f)) out.push([p, readFileSync(p, 'utf8')]);
  }
  return out;
}

const files = kitFiles('examples');
const config = defaultConfig(BUILTIN_CATALOG);
const pieces = [' #', '#', ' ~', ': ', ': 1', ' null', ' [', ' {', '\n- x', '- ', '  ', '\n', '"', "'", ' []', ' {}', ' 5', ' true', '\n  x: 1', '|', '>', ' !!str', ' &a', ' *a', '---\n', '\t'];

/** What the extension and the CLI do with a file of this kind, beyond linting it. */
function use(path: string, s: string): void {
  switch (classifyKitFile(path)) {
    case 'interview-bank': {
      const bank = parseBank(s, path);
      for (const by of ['category', 'competency', 'level'] as const) groupQuestions(bank.questions, by);
      filterQuestions(bank.questions, 'встреча');
      const byId = new Map(bank.questions.map((q) => [q.id, q]));
      const card = parseScorecard(`scores:\n${bank.questions.map((q) => `  - { id: ${JSON.stringify(q.id)}, score: 3 }`).join('\n')}\n`);
      scorecardMarkdown(card, byId, bank.competencies, 'ru');
      scorecardHtml(card, byId, bank.competencies, 'en');
      break;
    }
    case 'responses': {
      const matrix = parseMatrix(s, path);
      validateEntries(matrix);
      for (const e of matrix.entries) for (const lang of ['ru', 'en'] as const) {
        renderReply(e, lang, {}, true);
        requiredVariables(e, lang);
      }
      break;
    }
    case 'etiquette': {
      const doc = parseEtiquette(s, path);
      for (const r of doc.rules.slice(0, 3)) for (const violation of [1, 2, 5]) renderNotice(doc, { ruleId: r.id, violation, name: 'Аня', lang: 'ru' });
      break;
    }
    case 'interview-scorecard': {
      const card = parseScorecard(s);
      scorecardHtml(card, new Map(), {}, 'en');
      scorecardMarkdown(card, new Map(), {}, 'ru');
      break;
    }
    case 'interview-kit':
      kitMinutes(parseKit(s), new Map());
      break;
    default:
  }
}

test('property: damaged starter-kit files are linted and used without an exception', () => {
  assert.ok(files.length >= 15, `${files.length} files`);
  fc.assert(
    fc.property(fc.nat(files.length - 1), insertions(pieces, 4), fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), (k, edits, afterKey) => {
      const [path, original] = files[k] as [string, string];
      // anywhere, or where a value starts (after "key: "), where a damaged value does the most harm
      const s = damaged(original, edits, (text, at, n) => {
        const values = afterKey[n] ? [...text.matchAll(/: /g)].map((m) => (m.index as number) + 1) : [];
        return values.length ? (values[at % values.length] as number) : at % (text.length + 1);
      });
      const result = lintKitFile(path, s, { config, catalog: BUILTIN_CATALOG });
      for (const p of result.problems) assert.ok(p.start >= 0 && p.end <= s.length, `${path}: problem ${p.code} at ${p.start}-${p.end}`);
      use(path, s);
    }),
    { numRuns: 300 },
  );
});
