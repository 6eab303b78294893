// The one place where core offsets become VS Code ranges and core findings become diagnostics.
import * as vscode from 'vscode';
import { ruleDocsUrl } from '../../core/builtin';
import type { Finding, Problem, Severity } from '../../core/types';
import { problemMessage } from '../../core/types';
import { uiLang } from './names';
import { problemRule } from '../../core/format/report';
import { LineIndex } from '../../core/text/positions';

export const SOURCE = 'Community Kit';

/** What converting offsets needs of a document: an open TextDocument, or textPositions() of a file's text. */
export type Positions = Pick<vscode.TextDocument, 'positionAt'>;

/** Positions in a text that is not open in an editor (opening it would make VS Code track it). */
export function textPositions(text: string): Positions {
  const index = new LineIndex(text);
  return {
    positionAt: (offset: number) => {
      const p = index.positionAt(offset);
      return new vscode.Position(p.line, p.column);
    },
  };
}

export function toRange(doc: Positions, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(Math.max(start, end)));
}

export function toSeverity(s: Severity): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

/** Diagnostics carry their finding, so code actions read the fix from it and never re-lint. */
export class KitDiagnostic extends vscode.Diagnostic {
  constructor(
    range: vscode.Range,
    message: string,
    severity: vscode.DiagnosticSeverity,
    readonly finding: Finding | undefined,
  ) {
    super(range, message, severity);
  }
}

export function findingToDiagnostic(doc: Positions, f: Finding): KitDiagnostic {
  const d = new KitDiagnostic(toRange(doc, f.start, f.end), f.message, toSeverity(f.severity), f);
  d.source = SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.parse(ruleDocsUrl(f.rule)) };
  return d;
}

export function problemToDiagnostic(doc: Positions, p: Problem): KitDiagnostic {
  const rule = problemRule(p);
  // in the display language where the problem has it written (the core's problems carry their Russian)
  const message = problemMessage(p, uiLang());
  const d = new KitDiagnostic(toRange(doc, p.start, p.end), message, toSeverity(p.severity), p.fix ? { rule, severity: p.severity, message, start: p.start, end: p.end, fix: p.fix } : undefined);
  d.source = SOURCE;
  d.code = { value: rule, target: vscode.Uri.parse(ruleDocsUrl(rule)) };
  return d;
}

export const ruleOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined);
