// The one place where core offsets become VS Code ranges and core findings become diagnostics.
import * as vscode from 'vscode';
import { ruleDocsUrl } from '../../core/builtin';
import type { Finding, Problem, Severity } from '../../core/types';
import { problemRule } from '../../core/format/report';

export const SOURCE = 'Community Kit';

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
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

export function findingToDiagnostic(doc: vscode.TextDocument, f: Finding): KitDiagnostic {
  const d = new KitDiagnostic(toRange(doc, f.start, f.end), f.message, toSeverity(f.severity), f);
  d.source = SOURCE;
  d.code = { value: f.rule, target: vscode.Uri.parse(ruleDocsUrl(f.rule)) };
  return d;
}

export function problemToDiagnostic(doc: vscode.TextDocument, p: Problem): KitDiagnostic {
  const rule = problemRule(p);
  const d = new KitDiagnostic(toRange(doc, p.start, p.end), p.message, toSeverity(p.severity), p.fix ? { rule, severity: p.severity, message: p.message, start: p.start, end: p.end, fix: p.fix } : undefined);
  d.source = SOURCE;
  d.code = { value: rule, target: vscode.Uri.parse(ruleDocsUrl(rule)) };
  return d;
}

export const ruleOf = (d: vscode.Diagnostic): string | undefined => (typeof d.code === 'object' ? String(d.code.value) : d.code !== undefined ? String(d.code) : undefined);
