import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { formatJson, formatSarif, formatText, type FileResult } from '../../../src/core/format/report';
import { LineIndex } from '../../../src/core/text/positions';

const source = 'Привет!\nЭто 😀 ЮЗЕР тут\n';
const start = source.indexOf('ЮЗЕР');
const file: FileResult = {
  path: 'replies/a.md',
  source,
  findings: [{ rule: 'ru.shouting', severity: 'error', message: 'Не кричите', start, end: start + 4, fix: { start, end: start + 4, replacement: 'юзер' } }],
  problems: [{ severity: 'warning', code: 'yaml-syntax', message: 'bad', start: 0, end: 6 }],
};

test('JSON output has the documented shape with 1-based UTF-16 columns', () => {
  const out = JSON.parse(formatJson([file]));
  assert.deepEqual(out, {
    files: [
      {
        path: 'replies/a.md',
        findings: [
          { rule: 'kit/yaml-syntax', severity: 'warning', message: 'bad', line: 1, column: 1, endLine: 1, endColumn: 7 },
          // "Это 😀 " is 7 UTF-16 units (the emoji counts 2), so ЮЗЕР starts at column 8
          { rule: 'ru.shouting', severity: 'error', message: 'Не кричите', line: 2, column: 8, endLine: 2, endColumn: 12 },
        ],
      },
    ],
  });
});

test('SARIF output validates against the SARIF 2.1.0 JSON schema', () => {
  const schema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  const validate = ajv.compile(schema);
  const log = JSON.parse(formatSarif([file], { name: 'tone-lint', version: '1.0.0', informationUri: 'https://example.org/rules' }, (id) => ({ id, description: `rule ${id}`, severity: 'error' })));
  assert.ok(validate(structuredClone(log)), JSON.stringify(validate.errors, null, 2));
  const results = log.runs[0].results;
  assert.equal(results.length, 2);
  assert.equal(results[1].ruleId, 'ru.shouting');
  assert.equal(results[1].level, 'error');
  assert.deepEqual(results[1].locations[0].physicalLocation.region, { startLine: 2, startColumn: 8, endLine: 2, endColumn: 12 });
  assert.equal(results[1].fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'юзер');
  assert.equal(log.runs[0].tool.driver.rules[results[1].ruleIndex].id, 'ru.shouting');
});

test('text output lists findings per file and a summary; a clean run says so', () => {
  const out = formatText([file]);
  assert.match(out, /replies\/a\.md/);
  assert.match(out, /2:8 +error +Не кричите {2}ru\.shouting/);
  assert.match(out, /2 problems \(1 error, 1 warning, 0 info\)/);
  assert.equal(formatText([{ ...file, findings: [], problems: [] }]), 'No problems found.\n');
  // the summary agrees in number
  assert.match(formatText([{ ...file, problems: [] }]), /✖ 1 problem \(1 error, 0 warnings, 0 info\)\n$/);
});

test('line index maps offsets both ways, CRLF included', () => {
  const idx = new LineIndex('ab\r\ncd\ne');
  assert.deepEqual(idx.positionAt(4), { line: 1, column: 0 });
  assert.deepEqual(idx.positionAt(8), { line: 2, column: 1 });
  assert.equal(idx.offsetAt({ line: 1, column: 1 }), 5);
  assert.equal(idx.lineEnd(0), 2);
  assert.equal(idx.lineCount, 3);
});
