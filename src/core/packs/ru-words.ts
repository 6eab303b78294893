// The Russian word pack: what a brand's community manager never writes in a public reply. Errors for
// what must never be published (insults, condescension, blaming the reader); warnings for what makes
// a reply sound cold, evasive or bureaucratic. Terms are lemmas (all forms match), `*` prefixes,
// `=` exact forms. Chosen to fire on real off-brand replies and stay quiet on ordinary polite ones.
import type { RuleDef } from '../rules/api';

export const RU_WORD_RULES: RuleDef[] = [
  {
    id: 'ru.insults',
    kind: 'banned',
    lang: 'ru',
    severity: 'error',
    description: { ru: 'Оскорбления и брань.', en: 'Insults and swearing (Russian).' },
    message: {
      ru: '«{word}» — оскорбление. Бренд не отвечает грубостью даже на грубость: уберите слово и ответьте по существу.',
      en: '«{word}» is an insult. The brand never answers rudeness with rudeness: remove it and answer the point.',
    },
    words: [
      'идиот', 'дурак', '=дура', '=дуры', 'тупой', 'тупица', 'кретин', 'дебил', 'придурок', 'болван', 'бестолочь', 'быдло', 'неадекват*',
      'лох', 'убогий', 'ничтожество', 'заткнись', 'заткнитесь', '=отвали', '=отвалите', 'пошел вон', 'идите лесом',
      'бля', 'бляд*', 'блят*', 'хуй*', 'хуе*', 'хуя*', 'пизд*', 'ебан*', 'ебат*', 'заеб*', 'долбоеб*', 'мудак*', 'мудил*', '=сука', '=суки', '=сучка', 'говн*',
    ],
  },
  {
    id: 'ru.condescension',
    kind: 'banned',
    lang: 'ru',
    severity: 'error',
    description: { ru: 'Снисходительный тон: упрёк за вопрос, поучения.', en: 'Condescension: scolding people for asking, lecturing (Russian).' },
    message: {
      ru: '«{word}» звучит свысока. Человек не обязан знать то, что знаете вы: просто дайте ответ или ссылку.',
      en: '«{word}» talks down to the reader. Nobody has to know what you know: give the answer or a link.',
    },
    words: [
      'как мы уже писали', 'как мы уже говорили', 'как уже было сказано', 'как было сказано выше', 'мы же писали', 'сто раз писали',
      'как я уже писал', 'как я уже говорил', 'как я уже сказал', 'я же писал', 'я же говорил', 'повторяю еще раз', 'повторю еще раз',
      'читайте внимательнее', 'внимательнее читайте', 'научитесь читать', 'надо было читать', 'читать умеете',
      'это же очевидно', 'очевидно же', 'любому понятно', 'даже ребенок', 'это элементарно',
      'погуглите', 'загуглите', 'не смешите', 'успокойтесь', 'не истерите', 'не нойте', 'не ной',
      'совсем не понимать', 'всё же написано', 'там всё написано', 'написано же', 'разве не видно', 'не видите что ли',
      'вы явно не', 'вы не поняли', 'вы не понимаете',
    ],
    // an offer of help, not a reproach: «если вы не поняли, как…, напишите нам»
    exceptions: ['если вы не поняли', 'если вы не понимаете'],
  },
  {
    id: 'ru.blame',
    kind: 'banned',
    lang: 'ru',
    severity: 'error',
    description: { ru: 'Обвинение читателя.', en: 'Blaming the reader (Russian).' },
    message: {
      ru: '«{word}» перекладывает вину на человека. Опишите, что случилось и что вы сделаете, без поиска виноватых.',
      en: '«{word}» blames the reader. Say what happened and what you will do, without pointing fingers.',
    },
    words: [
      'сами виноваты', 'ваша вина', 'по вашей вине', 'вы неправильно', 'вы невнимательно', 'вы не прочитали', 'вы не дочитали',
      'вы что-то путаете', 'вы все перепутали', 'вы ошибаетесь', 'надо было думать', 'нужно было думать', 'сами разбирайтесь',
    ],
    // «это не ваша вина», «не по вашей вине»: reassurance, not blame
    negated: 'allow',
  },
  {
    id: 'ru.dismissal',
    kind: 'banned',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Отмахивание от проблемы.', en: 'Brushing the problem off (Russian).' },
    message: {
      ru: '«{word}» звучит как отказ помочь. Скажите, что можете сделать, или куда человеку обратиться.',
      en: '«{word}» sounds like a refusal to help. Say what you can do, or where the person can turn.',
    },
    words: [
      'не наша проблема', 'это не к нам', 'ничем не можем помочь', 'ничем помочь не можем', 'обращайтесь в другое место',
      'ничего не можем сделать', 'ничего сделать не можем', 'не можем ничего сделать', 'ничего не можем поделать', 'ничего не поделаешь',
      'думайте что хотите', 'дело ваше', 'это ваше дело', 'наберитесь терпения',
      'такова политика компании', 'так положено', 'так и должно быть', 'не нравится не покупайте', 'ваши проблемы',
    ],
  },
  {
    id: 'ru.cliches',
    kind: 'banned',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Корпоративные штампы.', en: 'Corporate clichés (Russian).' },
    message: {
      ru: '«{word}» — штамп, за которым не видно человека. Скажите то же своими словами.',
      en: '«{word}» is a stock phrase that hides the person behind it. Say it in your own words.',
    },
    words: [
      'за доставленные неудобства', 'приносим извинения за неудобства', 'ваше мнение очень важно', 'ваш звонок очень важен', 'ваш вопрос очень важен',
      'мы вас услышали', 'клиентоориентированн*', 'индивидуальный подход', 'команда профессионалов', 'динамично развивающ*',
      'уважаемый клиент', 'уважаемый пользователь', 'уважаемый покупатель', 'с уважением администрация', 'оставайтесь с нами',
    ],
  },
  {
    id: 'ru.bureaucratese',
    kind: 'banned',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Канцелярит.', en: 'Russian bureaucratese (канцелярит).' },
    message: {
      ru: '«{word}» — канцелярит. Так пишут справки, а не ответы людям; скажите проще.',
      en: '«{word}» is bureaucratese: it belongs in an official letter, not a reply to a person. Say it plainly.',
    },
    words: [
      'осуществлять', 'осуществление', 'производить оплату', 'произвести оплату', 'производить возврат', 'произвести возврат',
      '=данный', '=данная', '=данное', '=данного', '=данной', '=данному', '=данным', '=данную', '=данном',
      '=является', '=являются', '=являлся', '=являлась', '=являлось',
      'в рамках', 'в целях', 'вышеуказанн*', 'вышеизложенн*', 'нижеследующ*', 'надлежащим образом', 'в соответствии с',
      'доводим до вашего сведения', 'принять к сведению', 'уведомляем вас', 'ввиду того что', 'вследствие чего', 'по причине того что',
      // exact forms: the family of информировать holds информация, which is plain
      '=информируем вас', '=информируем', '=проинформируем', 'принять в работу', 'принята в работу', 'приняли в работу', '=за проявленный интерес', 'ответственный сотрудник', 'в установленном порядке',
    ],
  },
  {
    id: 'ru.plain-words',
    kind: 'preferred',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Простые слова вместо громоздких.', en: 'Plain words instead of stilted ones (Russian).' },
    message: {
      ru: 'Проще: «{suggestion}» вместо «{word}».',
      en: 'Plainer: «{suggestion}» instead of «{word}».',
    },
    terms: {
      'в связи с тем что': 'потому что',
      'в связи с этим': 'поэтому',
      'в настоящее время': 'сейчас',
      'на сегодняшний день': 'сейчас',
      'в случае если': 'если',
      'в кратчайшие сроки': 'как можно скорее',
      'на данный момент': 'сейчас',
    },
  },
  {
    id: 'ru.overpromising',
    kind: 'banned',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Обещания, которые нельзя гарантировать.', en: 'Promises nobody can guarantee (Russian).' },
    message: {
      ru: '«{word}» обещает больше, чем бренд может гарантировать. Скажите, что вы сделаете и когда сообщите о результате.',
      en: '«{word}» promises more than the brand can guarantee. Say what you will do and when you will report back.',
    },
    words: ['гарантировать', 'больше не повторится', 'никогда не повторится', 'сто процентов', 'стопроцентно', '=обещаем', 'клянемся', 'железно'],
    // a product's warranty is a fact, not a promise: «гарантия на кофемашину — год», «по гарантии»
    // (exact forms: гарантия shares its family with гарантировать)
    exceptions: ['=гарантия на', '=гарантию на', '=гарантии на', '=по гарантии', '=на гарантии', '=срок гарантии', '=гарантия производителя', 'гарантийн*'],
    // «не можем гарантировать», "we cannot guarantee": saying what you cannot promise is honest
    negated: 'allow',
  },
  {
    id: 'ru.slang',
    kind: 'preferred',
    lang: 'ru',
    severity: 'warning',
    description: { ru: 'Жаргон и сокращения вместо обычных слов.', en: 'Jargon and chat shorthand instead of ordinary words (Russian).' },
    message: {
      ru: 'Пишите «{suggestion}» вместо «{word}»: ответ бренда читают все, не только свои.',
      en: 'Write «{suggestion}» instead of «{word}»: everyone reads the brand’s replies, not only insiders.',
    },
    terms: {
      юзер: 'пользователь',
      девайс: 'устройство',
      апдейт: 'обновление',
      фидбек: 'отзыв',
      '=спс': 'спасибо',
      '=плз': 'пожалуйста',
      '=пжлст': 'пожалуйста',
      '=пж': 'пожалуйста',
      // chat-speak: exact forms, so that «щас» does not catch anything else
      '=плиз': 'пожалуйста',
      '=спасибки': 'спасибо',
      '=пасиб': 'спасибо',
      '=пасиба': 'спасибо',
      '=сенкс': 'спасибо',
      '=щас': 'сейчас',
      '=ща': 'сейчас',
      '=инфа': 'информация',
      '=инфу': 'информацию',
      '=инфы': 'информации',
    },
  },
];
