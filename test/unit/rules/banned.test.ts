// banned kind options: negated: allow lets a match stand after a negation in its own sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannedKind } from '../../../src/core/rules/kinds/banned';
import { hurriedForms } from '../../../src/core/rules/words';
import { refusesOptions, run } from './helpers';

test('banned: negated: allow skips matches right after a negation, in both languages, in the same sentence only', () => {
  const def = { words: ['гарантировать', 'guarantee'], negated: 'allow' };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered('Мы не можем гарантировать сроки.'), []);
  assert.deepEqual(covered('Нельзя гарантировать сроки курьера.'), []);
  assert.deepEqual(covered("We can't guarantee it."), []);
  assert.deepEqual(covered('We can’t guarantee it.'), [], 'a typographic apostrophe');
  assert.deepEqual(covered('There is no guarantee.'), []);
  // a negation three words back still counts; four words back, or in the sentence before, does not
  assert.deepEqual(covered('We do not really guarantee it.'), []);
  assert.deepEqual(covered('No one here would guarantee it.'), ['guarantee']);
  assert.deepEqual(covered('Not a problem. We guarantee it.'), ['guarantee']);
  // a negation that is the clause's subject denies what follows a few words further on
  assert.deepEqual(covered('None of this is a guarantee.'), []);
  // a negated modal later in the clause: what the brand cannot do
  assert.deepEqual(covered('Гарантировать билет на финал каждому мы не можем.'), []);
  assert.deepEqual(covered('Гарантируем возврат, мы не можем иначе.'), ['Гарантируем']);
  assert.deepEqual(covered('Nothing we said was a guarantee.'), []);
  assert.deepEqual(covered('None of our staff members would ever really guarantee it.'), ['guarantee']);
  assert.deepEqual(covered('Гарантируем, что не опоздаем.'), ['Гарантируем']);
  // without the option every form is caught, negated or not
  assert.deepEqual(run(bannedKind, { words: ['guarantee'] }, "We can't guarantee it.").map((f) => f.covered), ['guarantee']);
  refusesOptions(bannedKind, { words: ['x'], negated: 'yes' }, 'negated', /can only be "allow"/);
});

test('banned: negated: allow also holds after a negated verb of promising earlier in the sentence', () => {
  const def = { words: ['never happen again', 'больше не повторится'], negated: 'allow' };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered("We can't promise that it will never happen again."), []);
  assert.deepEqual(covered('Мы не можем обещать, что это больше не повторится.'), []);
  assert.deepEqual(covered('Не гарантируем, но надеемся, что это больше не повторится.'), []);
  // a negation far back that negates something else is no hedge; nor is one in the sentence before
  assert.deepEqual(covered("It wasn't the courier: it will never happen again."), ['never happen again']);
  assert.deepEqual(covered("We can't promise much. It will never happen again."), ['never happen again']);
});

test('banned: phrases match across up to two filler words, never at their edges', () => {
  const covered = (words: string[], t: string, lang: 'en' | 'ru' = 'en') => run(bannedKind, { words }, t, { lang }).map((f) => f.covered);
  assert.deepEqual(covered(["you didn't read"], "You didn't even read it."), ["You didn't even read"]);
  assert.deepEqual(covered(['nothing we can do'], 'There is nothing else we can do.'), ['nothing else we can do']);
  assert.deepEqual(covered(['never happen again'], 'It will never, ever happen again.'), ['never, ever happen again']);
  assert.deepEqual(covered(['ничем не можем помочь'], 'Ничем не можем вам помочь.', 'ru'), ['Ничем не можем вам помочь']);
  assert.deepEqual(covered(['мы уже писали'], 'Мы же вам уже писали.', 'ru'), ['Мы же вам уже писали']);
  // three fillers are a different sentence; a word that is no filler breaks the phrase
  assert.deepEqual(covered(['мы писали'], 'Мы же ведь уже писали.', 'ru'), []);
  assert.deepEqual(covered(["you didn't read"], "You didn't fully read it."), []);
  // the term's own words are required: "as we already said" is not "as we said"
  assert.deepEqual(covered(['as we already said'], 'As we said in the post, the sale ends Friday.'), []);
  // fillers are stepped over only between a phrase's words
  assert.deepEqual(covered(['guarantee'], 'We really guarantee it.'), ['guarantee']);
  // a suggestion replaces the term's words, so it is not offered over skipped ones
  const f = run(bannedKind, { words: ['nothing we can do'], suggest: { 'nothing we can do': 'here is what we can do' } }, 'Nothing else we can do.');
  assert.equal(f[0]?.suggestions, undefined);
  assert.equal(run(bannedKind, { words: ['nothing we can do'], suggest: { 'nothing we can do': 'here is what we can do' } }, 'Nothing we can do.')[0]?.suggestions?.length, 1);
});

test('banned: in prose the message says how to mention a word without being reported for it', () => {
  const [prose] = run(bannedKind, { words: ['idiot'], message: { en: '«{word}» is an insult.', ru: '«{word}» — оскорбление.' } }, 'If someone calls you an idiot, report it.', { role: 'prose' });
  assert.equal(prose?.message, '«idiot» is an insult. If the text names the word rather than uses it, put it in quotation marks.');
  const [ru] = run(bannedKind, { words: ['идиот'], message: { en: '«{word}» is an insult.', ru: '«{word}» — оскорбление.' } }, 'Слово идиот удаляем.', { role: 'prose', lang: 'ru' });
  assert.equal(ru?.message, '«идиот» — оскорбление. Если в тексте слово названо, а не употреблено, возьмите его в кавычки.');
  const [reply] = run(bannedKind, { words: ['idiot'], message: { en: '«{word}» is an insult.', ru: '«{word}» — оскорбление.' } }, 'What an idiot.');
  assert.equal(reply?.message, '«idiot» is an insult.');
});

test('banned: *ending after a phrase\'s first word is any word that ends so; it cannot start a phrase', () => {
  const covered = (words: string[], t: string, lang: 'en' | 'ru' = 'en', exceptions: string[] = []) => run(bannedKind, { words, exceptions }, t, { lang }).map((f) => f.covered);
  assert.deepEqual(covered(['you should have *ed'], 'You should have inspected the car.'), ['You should have inspected']);
  assert.deepEqual(covered(['you should have *ed'], 'You should have the refund by Friday.'), []);
  // the ending alone is not a word: "ed" itself does not match *ed
  assert.deepEqual(covered(['you should have *ed'], 'You should have ed.'), []);
  assert.deepEqual(covered(['надо было *ть'], 'Надо было внимательно смотреть на карту.', 'ru'), ['Надо было внимательно смотреть']);
  assert.deepEqual(covered(['надо было *ть'], 'Нам надо было предупредить вас.', 'ru', ['нам надо было *ть']), []);
  refusesOptions(bannedKind, { words: ['idiot', '*ed you'] }, 'words.1', /can only follow another word/);
});

test('banned: negated: allow counts a negation in its own clause only', () => {
  const covered = (t: string, lang: 'en' | 'ru' = 'en') => run(bannedKind, { words: ['guarantee', 'гарантировать'], negated: 'allow' }, t, { lang }).map((f) => f.covered);
  assert.deepEqual(covered('No worries, we guarantee a refund.'), ['guarantee']);
  assert.deepEqual(covered('Не переживайте, гарантируем возврат.', 'ru'), ['гарантируем']);
  assert.deepEqual(covered('Вопросов нет — гарантируем возврат.', 'ru'), ['гарантируем']);
  // a negated modal interrupted by a parenthetical still reaches
  assert.deepEqual(covered('Мы не можем, к сожалению, гарантировать сроки.', 'ru'), []);
  assert.deepEqual(covered("We can't, sadly, guarantee a date."), []);
});

test('banned: words inside a slot to fill are no one’s words', () => {
  const covered = (t: string) => run(bannedKind, { words: ['dear customer', 'idiot'] }, t).map((f) => f.covered);
  assert.deepEqual(covered('Dear {{customer_first_name}}, thanks.'), []);
  assert.deepEqual(covered('Dear [customer name], thanks.'), []);
  assert.deepEqual(covered('Dear <customer>, thanks.'), []);
  // outside the slot a match stands
  assert.deepEqual(covered('Dear customer, thanks, {{name}}.'), ['Dear customer']);
  assert.deepEqual(covered('[Sam] What an idiot.'), ['idiot']);
});

test('banned: bracketed words that are no slot are still words', () => {
  const covered = (t: string) => run(bannedKind, { words: ['idiot', 'guarantee'] }, t).map((f) => f.covered);
  assert.deepEqual(covered('And then [you idiot] again.'), ['idiot']);
  assert.deepEqual(covered('Fixed it (finally) [we guarantee it].'), ['guarantee']);
  assert.deepEqual(covered('Hi [NAME], idiot.'), ['idiot']);
});

test('banned: alone terms count only as the whole reply', () => {
  const def = { words: ['not our problem'], alone: ['noted', 'ok thanks', 'учтём', 'спасибо учтём'] };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered('Noted.'), ['Noted']);
  assert.deepEqual(covered('  Ok, thanks!  '), ['Ok, thanks']);
  assert.deepEqual(covered('Спасибо, учтём.'), ['Спасибо, учтём']);
  // a whole reply's words may stand in sentences of their own
  assert.deepEqual(covered('Спасибо! Учтём.'), ['Спасибо! Учтём']);
  assert.deepEqual(covered('Ok. Thanks.'), ['Ok. Thanks']);
  // other terms still stop at a sentence end: "not our. Problem" is no match
  assert.deepEqual(covered('That is not our. Problem solved, thanks.'), []);
  // with anything more they are words like any other
  assert.deepEqual(covered('Noted: the fix ships on Friday.'), []);
  assert.deepEqual(covered('Учтём и поправим до пятницы.'), []);
  assert.deepEqual(covered('Noted, but that is not our problem.'), ['not our problem']);
  refusesOptions(bannedKind, { words: ['x'], alone: 'noted' }, 'alone', /must be a list/);
});

test('banned: negated: allow — a «нет» that ends the clause after the match negates it', () => {
  const def = { words: ['ваша вина', 'гарантия'], negated: 'allow' };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered('Вашей вины в штрафе нет.'), []);
  assert.deepEqual(covered('Гарантий тут, увы, нет'), ['Гарантий'], 'a comma ends the reach');
  assert.deepEqual(covered('Гарантий тут нет'), []);
  // «нет» that negates what follows it is no hedge
  assert.deepEqual(covered('По вашей вине нет доставки.'), ['вашей вине']);
});

test('banned: in replies a quoted title or sentence is a mention, an ironic quoted word is not', () => {
  const covered = (t: string) => run(bannedKind, { words: ['дурак', 'stupid', 'idiot'] }, t).map((f) => f.covered);
  assert.deepEqual(covered('Да, «Подкидной дурак» у нас есть.'), []);
  assert.deepEqual(covered('You wrote "Your staff are idiots", and we hear the frustration.'), []);
  assert.deepEqual(covered('Ваш «дурак» нас не задел.'), ['дурак'], 'one lower-case word in quotes');
  assert.deepEqual(covered('What a "stupid" idea.'), ['stupid']);
  // words reported after a verb of saying or calling are someone else's: a moderator names what was said
  assert.deepEqual(covered('We removed a message that called another member an "idiot".'), []);
  assert.deepEqual(covered('Участника назвали «дураком», комментарий скрыт.'), []);
  assert.deepEqual(covered('You are an "idiot", as a calling card.'), ['idiot'], 'no verb of saying before the quote');
  assert.deepEqual(covered('Your so-called "idiot" test'), ['idiot'], 'so-called: irony, not report');
  assert.deepEqual(covered('Ваш так называемый «дурак»'), ['дурак']);
});

test('banned: a word joined to a path by a slash is part of a handle or a link', () => {
  const covered = (t: string) => run(bannedKind, { words: ['=u', 'idiot'] }, t).map((f) => f.covered);
  assert.deepEqual(covered('DM u/WavelyHelp or see example.com/idiot-proof'), []);
  assert.deepEqual(covered('Thank u, idiot/moron'), ['u']);
});

test('banned: English terms match as typed in a hurry (no apostrophes, u and ur, should of), but not as other words', () => {
  assert.deepEqual(hurriedForms("that's on you").sort(), ["that's on u", 'thats on u', 'thats on you']);
  assert.deepEqual(hurriedForms('you should have *ed').sort(), ['u should have *ed', 'u should of *ed', 'you should of *ed']);
  assert.deepEqual(hurriedForms("we're not obliged"), [], 'were is a word of its own');
  assert.deepEqual(hurriedForms('вы сами виноваты'), []);
  const covered = (t: string) => run(bannedKind, { words: ["that's on you", 'your fault', "you didn't read"] }, t).map((f) => f.covered);
  assert.deepEqual(covered('thats on u'), ['thats on u']);
  assert.deepEqual(covered('its ur fault'), ['ur fault']);
  assert.deepEqual(covered('u didnt read the terms'), ['u didnt read']);
  assert.deepEqual(covered("That's on you, not us."), ["That's on you"]);
});

test('banned: an exception does not reach over a comma it does not have itself', () => {
  const covered = (t: string) => run(bannedKind, { words: ['guarantee'], exceptions: ['month guarantee'] }, t).map((f) => f.covered);
  assert.deepEqual(covered('It has a 12 month guarantee.'), []);
  assert.deepEqual(covered('A new client within a month, guaranteed.'), ['guaranteed']);
  assert.deepEqual(run(bannedKind, { words: ['guarantee'], exceptions: ['month, guaranteed'] }, 'Within a month, guaranteed.').length, 0, 'one written with the comma does');
});

test('banned: vocative terms count only where they address the reader', () => {
  const def = { words: ['idiot'], vocative: ['genius', 'гений'], exceptions: ['pure genius'] };
  const covered = (t: string) => run(bannedKind, def, t).map((f) => f.covered);
  assert.deepEqual(covered("If you can't handle a delay, maybe don't fly, genius."), ['genius']);
  assert.deepEqual(covered('Nice try, Genius!'), ['Genius']);
  assert.deepEqual(covered('Может, не стоит брать мебель в разобранном виде, гений.'), ['гений']);
  assert.deepEqual(covered('Спасибо, гении'), ['гении']);
  // not addressing anyone: praise, a name, a word in the middle of a sentence
  assert.deepEqual(covered('What a genius idea, thank you!'), []);
  assert.deepEqual(covered('Our Genius bar, open daily, can help.'), []);
  assert.deepEqual(covered('Thanks, genius work from the whole team.'), []);
  assert.deepEqual(covered('Гений места — наш бариста.'), []);
  // exceptions hold for them too
  assert.deepEqual(covered('That idea was, pure genius.'), []);
  refusesOptions(bannedKind, { words: ['x'], vocative: 'genius' }, 'vocative', /must be a list/);
});
