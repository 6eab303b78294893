// What kind of kit file a path is, decided by its place and name. Each kind has its own format, JSON
// Schema and checks; anything else is linted as Markdown, YAML or plain text by its extension.

export type KitFileKind =
  | 'voice'
  | 'responses'
  | 'etiquette'
  | 'etiquette-ladder'
  | 'interview-bank'
  | 'interview-kit'
  | 'interview-scorecard'
  | 'markdown'
  | 'yaml'
  | 'text';

export const KIT_DIR = '.community';

export function classifyKitFile(path: string): KitFileKind {
  const p = path.replace(/\\/g, '/');
  const name = p.slice(p.lastIndexOf('/') + 1).toLowerCase();
  const inKit = p.includes(`${KIT_DIR}/`) || p.startsWith(KIT_DIR);
  const yaml = /\.ya?ml$/.test(name);
  const md = /\.(md|markdown)$/.test(name);
  if (inKit && yaml) {
    if (/^voice\.ya?ml$/.test(name)) return 'voice';
    if (/\.kit\.ya?ml$/.test(name)) return 'interview-kit';
    if (/\.scorecard\.ya?ml$/.test(name)) return 'interview-scorecard';
    if (/\/interview\//.test(p)) return 'interview-bank';
    if (/\/responses\//.test(p) || /^responses?\.ya?ml$/.test(name)) return 'responses';
    if (/^etiquette.*\.ladder\.ya?ml$/.test(name) || /\/etiquette\/.*ladder\.ya?ml$/.test(p)) return 'etiquette-ladder';
  }
  if (inKit && md && (/^etiquette/.test(name) || /\/etiquette\//.test(p))) return 'etiquette';
  if (md) return 'markdown';
  if (yaml) return 'yaml';
  return 'text';
}

/** Whether tone-lint looks at this file at all (kit files and text formats). */
export const isLintable = (path: string) => /\.(ya?ml|md|markdown|txt)$/i.test(path);
