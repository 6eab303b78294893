// tone-lint as an in-process adapter for the shared prose-linter peer benchmark (bench/peers/run.sh):
// Markdown, English corpus, the built-in packs, exactly as `tone-lint file.md` lints it.
import { lint, version } from './common.mjs';

export const format = 'md';
export { version };
export const setup = () => lint('bench.md');
export const cli = (file) => ['node', new URL('../../dist/cli.js', import.meta.url).pathname, '--quiet', file];
