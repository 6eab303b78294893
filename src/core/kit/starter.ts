// Planning a starter kit: which files to write for a language choice, never overwriting anything.
// A file that exists is skipped, or — for response matrices and interview banks, where entries can be
// added — merged: only the entries whose ids the file does not have yet are appended.
import * as YAML from 'yaml';
import { parseYaml } from '../source/yaml';

export type StarterLang = 'ru' | 'en' | 'both';

/** The starter files per language, by path relative to the workspace folder. */
export type StarterFiles = Record<'ru' | 'en', Record<string, string>>;

export interface PlannedFile {
  path: string;
  action: 'create' | 'merge' | 'skip';
  /** The full new text (create) or the text to append (merge). */
  content: string;
  /** For merges: how many entries are added. */
  added?: number;
}

/** Gives every `- id:` of a YAML list a language suffix, so two languages' files can live in one kit. */
function suffixIds(text: string, lang: string): string {
  return text.replace(/^(\s*- id: )([a-z0-9-]+)\s*$/gm, `$1$2-${lang}`);
}

export function starterFilesFor(files: StarterFiles, lang: StarterLang): Record<string, string> {
  if (lang !== 'both') return { ...files[lang] };
  const out: Record<string, string> = {};
  for (const [path, text] of Object.entries(files.ru)) {
    if (/responses\//.test(path)) out[path.replace(/\.yaml$/, '.ru.yaml')] = suffixIds(text, 'ru');
    else out[path] = text;
  }
  for (const [path, text] of Object.entries(files.en)) {
    if (/responses\//.test(path)) out[path.replace(/\.yaml$/, '.en.yaml')] = suffixIds(text, 'en');
    else if (/etiquette\.md$/.test(path)) out[path.replace(/etiquette\.md$/, 'etiquette.en.md')] = text;
    else if (!(path in out)) out[path] = text;
  }
  return out;
}

/** The list key whose entries can be merged into an existing file, if any. */
const mergeKey = (path: string) => (/responses\//.test(path) ? 'responses' : /interview\/[^/]+\.ya?ml$/.test(path) && !/\.(kit|scorecard)\.ya?ml$/.test(path) ? 'questions' : undefined);

export function planStarterKit(wanted: Record<string, string>, existing: ReadonlyMap<string, string>, mode: 'merge' | 'skip' = 'merge'): PlannedFile[] {
  const out: PlannedFile[] = [];
  for (const [path, content] of Object.entries(wanted)) {
    const current = existing.get(path);
    if (current === undefined) {
      out.push({ path, action: 'create', content });
      continue;
    }
    const key = mergeKey(path);
    if (mode === 'skip' || !key) {
      out.push({ path, action: 'skip', content: '' });
      continue;
    }
    const have = parseYaml(current);
    const list = YAML.isMap(have.doc.contents) ? have.doc.contents.get(key, true) : undefined;
    if (have.problems.some((p) => p.severity === 'error') || !YAML.isSeq(list) || list.flow) {
      out.push({ path, action: 'skip', content: '' });
      continue;
    }
    const ids = new Set(list.items.map((i) => (YAML.isMap(i) ? String(i.get('id')) : '')));
    // Cut the new file's list into entries (each starts with "  - id:") and keep the missing ones.
    const body = content.slice(content.indexOf(`${key}:`) + key.length + 1);
    const entries = body.split(/\n(?=  - id: )/).map((e) => e.replace(/^\n/, '')).filter((e) => /^ {2}- id: /.test(e));
    const missing = entries.filter((e) => !ids.has((/^ {2}- id: ([\w-]+)/.exec(e) as RegExpExecArray)[1] as string));
    if (!missing.length) {
      out.push({ path, action: 'skip', content: '' });
      continue;
    }
    const sep = current.endsWith('\n') ? '' : '\n';
    out.push({ path, action: 'merge', content: `${sep}${missing.map((e) => e.replace(/\n+$/, '')).join('\n')}\n`, added: missing.length });
  }
  return out;
}
