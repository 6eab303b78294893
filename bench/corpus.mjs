// Builds the benchmark corpus: real short human texts, one per paragraph, from Debian's fortune
// packages (English `fortunes`, Russian `fortunes-ru`), as the peer benchmark does. If the packages
// cannot be installed, a generated corpus of reply-like sentences is used instead (and said so).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('./corpus/', import.meta.url).pathname;
const FORTUNES = '/usr/share/games/fortunes';

function ensureFortunes() {
  if (existsSync(join(FORTUNES, 'ru')) && existsSync(join(FORTUNES, 'cookie'))) return true;
  if (process.env.SKIP_APT || (process.getuid && process.getuid() !== 0)) return false;
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'fortunes', 'fortunes-ru'], { stdio: 'ignore', env });
    return existsSync(join(FORTUNES, 'ru'));
  } catch {
    return false;
  }
}

function readFortunes(dir) {
  const out = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (f.endsWith('.dat') || f.endsWith('.u8') || f === 'ascii-art' || !statSync(p).isFile()) continue;
    for (const t of readFileSync(p, 'utf8').split(/\n%\n/)) {
      const s = t.replace(/\s+/g, ' ').trim();
      if (s.length >= 20 && s.length <= 1000) out.push(s);
    }
  }
  return [...new Set(out)];
}

// Fallback: reply-like sentences built from a small vocabulary (deterministic).
function generated(lang, n) {
  const parts = lang === 'ru'
    ? [['Спасибо', 'Анна', 'Добрый день', 'Игорь', 'Здравствуйте'], ['за вопрос', 'за отзыв', 'что написали'], ['заказ уже в пути', 'мы проверим доставку', 'ссылка в закреплённом посте', 'напишите нам в личные сообщения'], ['.', '!', ' — ответим сегодня.']]
    : [['Thanks', 'Hi Sam', 'Hello', 'Good morning'], ['for the question', 'for the review', 'for writing in'], ['your order is on its way', "we'll check the delivery", 'the link is pinned at the top', 'please send us a private message'], ['.', '!', " — we'll reply today."]];
  let seed = 42;
  const pick = (a) => a[(seed = (seed * 1103515245 + 12345) % 2147483648) % a.length];
  return Array.from({ length: n }, () => `${pick(parts[0])}, ${pick(parts[1])}: ${pick(parts[2])}${pick(parts[3])}`);
}

export function buildCorpus() {
  mkdirSync(DIR, { recursive: true });
  const manifest = join(DIR, 'manifest.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8'));
  const real = ensureFortunes();
  const en = real ? readFortunes(FORTUNES) : generated('en', 20000);
  const ru = real ? readFortunes(join(FORTUNES, 'ru')) : generated('ru', 20000);
  const repeatTo = (paras, bytes) => {
    const out = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const p = paras[i % paras.length];
      out.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    return out.join('\n\n') + '\n';
  };
  writeFileSync(join(DIR, 'en.md'), repeatTo(en, 4_000_000));
  writeFileSync(join(DIR, 'ru.md'), repeatTo(ru, 4_000_000));
  writeFileSync(join(DIR, 'en-replies.json'), JSON.stringify(en));
  writeFileSync(join(DIR, 'ru-replies.json'), JSON.stringify(ru));
  const info = { source: real ? 'Debian fortunes / fortunes-ru' : 'generated (fortune packages unavailable)', en: en.length, ru: ru.length };
  writeFileSync(manifest, JSON.stringify(info, null, 2));
  return info;
}
