// Names the UI shows for the core's keywords (rule kinds, severities, commenter types), in the display
// language. The keywords themselves stay what the files say; these are only labels.
import * as vscode from 'vscode';
import type { CommenterType, Lang, Severity } from '../../core/types';

/** The UI's language as the core names it: Russian when VS Code runs in Russian, else English. */
export const uiLang = (): Lang => (vscode.env.language.startsWith('ru') ? 'ru' : 'en');

export function kindName(kind: string): string {
  const names: Record<string, string> = {
    banned: vscode.l10n.t('Banned words'),
    preferred: vscode.l10n.t('Preferred terms'),
    punctuation: vscode.l10n.t('Punctuation'),
    emoji: vscode.l10n.t('Emoji'),
    length: vscode.l10n.t('Length'),
    caps: vscode.l10n.t('Shouting'),
    address: vscode.l10n.t('Form of address'),
    placeholder: vscode.l10n.t('Placeholders'),
    pii: vscode.l10n.t('Personal data'),
    sentence: vscode.l10n.t('Sentences'),
    required: vscode.l10n.t('Required elements'),
    pattern: vscode.l10n.t('Own patterns'),
  };
  return names[kind] ?? kind;
}

export function severityName(severity: Severity | 'off'): string {
  const names: Record<string, string> = { error: vscode.l10n.t('error'), warning: vscode.l10n.t('warning'), info: vscode.l10n.t('info'), off: vscode.l10n.t('off') };
  return names[severity] ?? severity;
}

export function commenterName(commenter: CommenterType): string {
  const names: Record<CommenterType, string> = {
    grateful: vscode.l10n.t('grateful'),
    neutral: vscode.l10n.t('neutral question'),
    critic: vscode.l10n.t('constructive critic'),
    troll: vscode.l10n.t('destructive troll'),
  };
  return names[commenter] ?? commenter;
}
