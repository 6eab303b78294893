// The CLI's own words in English and Russian. The language follows --locale, else LC_ALL, LC_MESSAGES
// or LANG (ru_RU.UTF-8 → Russian). Findings speak the language of the text they are about.
import { englishSummary } from '../core/format/report';
export type UiLang = 'en' | 'ru';

export function uiLang(env: NodeJS.ProcessEnv, forced?: string): UiLang {
  const v = forced || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru/i.test(v) ? 'ru' : 'en';
}

const EN = {
  usage: `Usage: tone-lint [options] [files, folders or globs...]
       tone-lint [options] -          check one reply read from standard input

Checks replies, response matrices and etiquette docs against the brand's tone-of-voice guide.
With no paths, lints the kit (.community/) in the current folder.

Options:
  --config <file>        tone-of-voice guide to use (default: the nearest .community/voice.yaml)
  --lang <ru|en|auto>    language of texts that do not declare one (default: detected per text)
  --channel <id>         channel the replies are for: x, telegram, vk, instagram, facebook, email...
  --commenter <type>     who the replies answer: grateful, neutral, critic, troll
  --format <f>           text (default), json or sarif
  --fix                  apply safe fixes in place (comments and formatting are kept)
  --quiet                report errors only
  --max-warnings <n>     exit with 1 when there are more warnings than this
  --locale <en|ru>       language of tone-lint's own messages
  --no-color             plain text output
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 no errors, 1 findings at error severity, 2 usage or configuration error.`,
  words: { error: 'error', warning: 'warning', info: 'info', problems: 'problems', clean: 'No problems found.', summary: englishSummary },
  unknownOption: (o: string) => `Unknown option ${o}. Run tone-lint --help for the list.`,
  needsValue: (o: string) => `Option ${o} needs a value.`,
  badValue: (o: string, v: string, allowed: string) => `Option ${o} does not accept "${v}"; use one of: ${allowed}.`,
  noKit: (dir: string) => `There is no .community folder in ${dir}. Pass the files or folders to lint, or create a kit first (Community Kit: Create Community Kit in VS Code).`,
  notFound: (p: string) => `${p}: no such file or folder.`,
  noFiles: 'No files to lint matched (tone-lint reads .md, .markdown, .yaml, .yml and .txt files).',
  configErrors: (p: string) => `The tone-of-voice guide ${p} has errors; fix them and run again.`,
  configMissing: (p: string) => `Cannot read the guide ${p}.`,
  fixed: (n: number, files: number) => `Fixed ${n} ${n === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}.`,
  fixChanged: (p: string) => `${p} changed while it was being fixed; it was left as it is.`,
  tooManyWarnings: (n: number, max: number) => `${n} warnings, more than --max-warnings ${max}.`,
};

const RU: typeof EN = {
  usage: `Использование: tone-lint [параметры] [файлы, папки или маски...]
               tone-lint [параметры] -    проверить один ответ со стандартного ввода

Проверяет ответы, матрицы ответов и правила сообщества на соответствие гайду по тону бренда.
Без путей проверяет набор (.community/) в текущей папке.

Параметры:
  --config <файл>        гайд по тону (по умолчанию — ближайший .community/voice.yaml)
  --lang <ru|en|auto>    язык текстов, где он не указан (по умолчанию определяется по тексту)
  --channel <id>         канал ответа: x, telegram, vk, instagram, facebook, email...
  --commenter <тип>      кому отвечаем: grateful, neutral, critic, troll
  --format <f>           text (по умолчанию), json или sarif
  --fix                  исправить безопасное на месте (комментарии и форматирование сохраняются)
  --quiet                показывать только ошибки
  --max-warnings <n>     код выхода 1, если предупреждений больше
  --locale <en|ru>       язык сообщений самой программы
  --no-color             без цвета
  -h, --help             эта справка
  -v, --version          версия

Коды выхода: 0 — ошибок нет, 1 — есть находки уровня error, 2 — ошибка вызова или настройки.`,
  // «Находок: 5» needs no agreement of the noun with the number
  words: { error: 'ошибка', warning: 'предупр.', info: 'инфо', problems: 'находок', clean: 'Проблем не найдено.', summary: (total, c) => `находок: ${total} (ошибок: ${c.error}, предупреждений: ${c.warning}, инфо: ${c.info})` },
  unknownOption: (o) => `Неизвестный параметр ${o}. Список: tone-lint --help.`,
  needsValue: (o) => `Параметру ${o} нужно значение.`,
  badValue: (o, v, allowed) => `Параметр ${o} не принимает «${v}»; допустимо: ${allowed}.`,
  noKit: (dir) => `В папке ${dir} нет .community. Укажите файлы или папки для проверки или сначала создайте набор (Community Kit: Create Community Kit в VS Code).`,
  notFound: (p) => `${p}: нет такого файла или папки.`,
  noFiles: 'Нет файлов для проверки (tone-lint читает файлы .md, .markdown, .yaml, .yml и .txt).',
  configErrors: (p) => `В гайде по тону ${p} есть ошибки; исправьте их и запустите снова.`,
  configMissing: (p) => `Не удалось прочитать гайд ${p}.`,
  fixed: (n, files) => `Исправлено находок: ${n}, файлов: ${files}.`,
  fixChanged: (p) => `${p} изменился во время исправления; файл оставлен как есть.`,
  tooManyWarnings: (n, max) => `Предупреждений ${n}, больше чем --max-warnings ${max}.`,
};

export const MESSAGES: Record<UiLang, typeof EN> = { en: EN, ru: RU };
export type Messages = typeof EN;
