// Output formats of tone-lint: text for people, JSON for scripts, SARIF 2.1.0 for code scanning.
// Lines and columns are 1-based here; columns count UTF-16 code units, as VS Code does.
import { LineIndex } from '../text/positions';
import type { Finding, Problem, Severity } from '../types';

/** One linted file: its tone findings and the problems of the file itself (syntax, schema...). */
export interface FileResult {
  path: string;
  source: string;
  findings: Finding[];
  problems: Problem[];
}

export interface ReportItem {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Problems of kit files are reported as findings of rules named `kit/<code>`. */
export const problemRule = (p: Problem) => `kit/${p.code}`;

export function reportItems(file: FileResult): ReportItem[] {
  const index = new LineIndex(file.source);
  const all: { rule: string; severity: Severity; message: string; start: number; end: number }[] = [
    ...file.problems.map((p) => ({ rule: problemRule(p), severity: p.severity, message: p.message, start: p.start, end: p.end })),
    ...file.findings,
  ];
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((f) => {
    const s = index.positionAt(f.start);
    const e = index.positionAt(f.end);
    return { rule: f.rule, severity: f.severity, message: f.message, line: s.line + 1, column: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 };
  });
}

export function formatJson(files: FileResult[]): string {
  return JSON.stringify({ files: files.map((f) => ({ path: f.path, findings: reportItems(f) })) }) + '\n';
}

export interface TextOptions {
  color?: boolean;
  /** Localized words for the summary line. */
  words?: { error: string; warning: string; info: string; problems: string; clean: string; summary?: (total: number, counts: Record<Severity, number>) => string };
}

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;
/** The summary line in English, with its plurals: "1 problem (1 error, 0 warnings, 0 info)". */
export const englishSummary = (total: number, c: Record<Severity, number>) => `${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info)`;
const EN_WORDS = { error: 'error', warning: 'warning', info: 'info', problems: 'problems', clean: 'No problems found.', summary: englishSummary };

export function formatText(files: FileResult[], opts: TextOptions = {}): string {
  const w = opts.words ?? EN_WORDS;
  const paint = (code: string, s: string) => (opts.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  for (const file of files) {
    const items = reportItems(file);
    if (!items.length) continue;
    out.push(paint('4', file.path));
    for (const it of items) {
      counts[it.severity]++;
      out.push(`  ${`${it.line}:${it.column}`.padEnd(8)} ${paint(sevColor[it.severity], w[it.severity].padEnd(8))} ${it.message}  ${paint('2', it.rule)}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (!total) return `${w.clean}\n`;
  const summary = w.summary ? w.summary(total, counts) : `${total} ${w.problems} (${counts.error} ${w.error}, ${counts.warning} ${w.warning}, ${counts.info} ${w.info})`;
  out.push(paint(counts.error ? '31;1' : '33;1', `✖ ${summary}`));
  return out.join('\n') + '\n';
}

export interface SarifRuleInfo {
  id: string;
  description?: string;
  helpUri?: string;
  severity?: Severity;
}

const sarifLevel = (s: Severity) => (s === 'info' ? 'note' : s);

/**
 * SARIF 2.1.0. `root` is the folder paths are relative to (uriBaseId %SRCROOT%), so GitHub code
 * scanning places the results in the repository.
 */
export function formatSarif(files: FileResult[], tool: { name: string; version: string; informationUri: string }, ruleInfo: (id: string) => SarifRuleInfo | undefined): string {
  const ruleIds: string[] = [];
  const ruleIndex = new Map<string, number>();
  const results: unknown[] = [];
  for (const file of files) {
    const index = new LineIndex(file.source);
    const uri = file.path.split(/[\\/]/).map(encodeURIComponent).join('/');
    const all = [
      ...file.problems.map((p) => ({ rule: problemRule(p), severity: p.severity, message: p.message, start: p.start, end: p.end, fix: p.fix })),
      ...file.findings,
    ];
    for (const f of all) {
      if (!ruleIndex.has(f.rule)) {
        ruleIndex.set(f.rule, ruleIds.length);
        ruleIds.push(f.rule);
      }
      const s = index.positionAt(f.start);
      const e = index.positionAt(f.end);
      const region = { startLine: s.line + 1, startColumn: s.column + 1, endLine: e.line + 1, endColumn: e.column + 1 };
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } }],
      };
      if (f.fix) {
        const fs = index.positionAt(f.fix.start);
        const fe = index.positionAt(f.fix.end);
        result.fixes = [
          {
            description: { text: f.message },
            artifactChanges: [
              {
                artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                replacements: [
                  {
                    deletedRegion: { startLine: fs.line + 1, startColumn: fs.column + 1, endLine: fe.line + 1, endColumn: fe.column + 1 },
                    insertedContent: { text: f.fix.replacement },
                  },
                ],
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  }
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id);
    const rule: Record<string, unknown> = { id, shortDescription: { text: info?.description ?? id } };
    if (info?.helpUri) rule.helpUri = info.helpUri;
    if (info?.severity) rule.defaultConfiguration = { level: sarifLevel(info.severity) };
    return rule;
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, informationUri: tool.informationUri, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
