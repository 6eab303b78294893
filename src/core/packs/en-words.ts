// The English word pack: what a brand's community manager never writes in a public reply. Errors for
// what must never be published (insults, condescension, blaming the reader); warnings for what makes
// a reply cold, evasive or corporate. Terms are lemmas (all forms match), `*` prefixes, `=` exact,
// `*ending` after a phrase's first word any word that ends so. Measured on blind replies: bench/judgement.
import type { RuleDef } from '../rules/api';

export const EN_WORD_RULES: RuleDef[] = [
  {
    id: 'en.insults',
    kind: 'banned',
    lang: 'en',
    severity: 'error',
    description: { en: 'Insults and swearing.', ru: 'Оскорбления и брань (английский).' },
    message: {
      en: '«{word}» is an insult. The brand never answers rudeness with rudeness: remove it and answer the point.',
      ru: '«{word}» — оскорбление. Бренд не отвечает грубостью на грубость: уберите слово и ответьте по существу.',
    },
    words: [
      'idiot', 'idiotic', 'stupid', '=dumb', 'moron*', 'imbecile', 'loser', 'pathetic', 'clueless', 'shut up', 'get lost', 'piss off', 'wtf',
      'fuck*', 'shit*', 'bullshit', 'asshole*', 'bitch*', 'dickhead', 'jackass', 'ok boomer',
      'says more about you', 'says more about your',
      'just grow up', 'oh grow up', 'honestly grow up', 'please grow up', 'grow up already',
      'the entitlement', 'such entitlement', 'so entitled', 'how entitled', 'parenting problem', 'into a drama', 'drama queen',
      'instead of whining', 'stop whining', 'people moaning',
    ],
    // reassurance: "not a dumb question at all"
    exceptions: ['not a dumb question', 'not a stupid question', 'no dumb questions', 'no stupid questions', 'no such thing as a dumb question', 'no such thing as a stupid question', 'stupid question from our side', 'stupid question on our side', 'stupid mistake on our part', 'stupid mistake on our side', 'stupid of us', 'our stupid mistake', 'stupid bug', 'stupid mistake', 'stupid error', 'stupid glitch', 'stupid typo', 'stupid autocorrect'],
  },
  {
    id: 'en.name-calling',
    kind: 'banned',
    lang: 'en',
    severity: 'error',
    // in replies only: house rules and interview banks name trolls and haters as a matter of course
    roles: ['reply', 'template'],
    description: { en: 'Labelling the commenter: troll, hater.', ru: 'Ярлыки для собеседника: тролль, хейтер (английский).' },
    message: {
      en: '«{word}» labels the person instead of answering them. Answer what they wrote; moderate by the house rules if you must.',
      ru: '«{word}» — ярлык вместо ответа. Ответьте на то, что человек написал, а если нужно — модерируйте по правилам сообщества.',
    },
    // troll and noob as labels only: a game's troll boss and a noob-friendly guide are no insult
    words: [
      'hater', 'crybaby', 'whiner', 'keyboard warrior', 'you troll', 'just a troll', 'such a troll', 'typical troll', 'another troll', 'same troll',
      'only a troll', 'troll like you', 'trolls like you', 'you are a troll', "you're a troll", 'stop trolling', 'quit trolling', 'nice try, troll',
      'cool story, troll', 'you noob', 'such a noob', 'total noob', "you're a noob", 'you are a noob',
    ],
  },
  {
    id: 'en.condescension',
    kind: 'banned',
    lang: 'en',
    severity: 'error',
    description: { en: 'Condescension: scolding people for asking, lecturing.', ru: 'Снисходительный тон (английский).' },
    message: {
      en: '«{word}» talks down to the reader. Nobody has to know what you know: give the answer or a link.',
      ru: '«{word}» звучит свысока. Человек не обязан знать то, что знаете вы: дайте ответ или ссылку.',
    },
    words: [
      'as we already said', 'as I already said', 'as we said before', 'as stated above', 'as we have explained', 'read the thread',
      'learn to read', 'educate yourself', 'do your research', 'calm down', 'obviously', "it's not rocket science", 'not rocket science',
      'with all due respect', 'no offense', 'you should know', 'you should have known', 'surely you',
      'did you even read', 'did you not read', "didn't you read", 'do you even read', "it's all there", 'it says so right there',
      'as anyone can see', 'everyone knows that', 'google it', 'just google',
      'as we already explained', 'as we already mentioned', 'as we already told you', 'as I already explained', 'as I already told you',
      'we already said', 'like I already said', 'as we keep saying', 'hundredth time',
      'clearly stated', 'literally says', 'going in circles', 'too hard for you', 'too difficult for you', 'too complicated for you',
      "it's obvious", 'it is obvious', 'pretty obvious', 'take a closer look next time', 'read it before commenting', 'read before commenting',
      'if you had bothered', 'if you bothered to', 'bother to read', 'bothered to read',
      'as anyone who', 'maybe read', 'before posting next time', 'next time, read', 'bless your heart', 'bless you for trying', 'ask a grown-up',
      '=sweetie', 'any child could', 'even a child could', 'git gud', 'cool story',
      'look harder', 'looking harder', 'try harder', 'little harder', 'before writing in', 'as most users', 'as most people know', 'most users figure out',
      'clearly states', 'stated clearly', 'stated very clearly', 'actually read', 'how else to explain',
      "as we've explained", "we've explained many times", 'explained many times', "it's not that complicated", 'it is not that complicated',
      'explain this slowly', 'explain it slowly', 'let me explain slowly', 'hard to miss', 'how this could be missed', 'how anyone could miss',
      'first thing anyone', 'we have said this', "we've said this", 'told you many times',
      // not "you clearly" alone: "you clearly care about this community" is praise
      "you clearly didn't", "you clearly don't", "you clearly haven't", 'you clearly did not', 'you clearly do not', 'you clearly have not', "you didn't understand", 'you did not understand', "you don't understand", 'you do not understand',
      "as we've mentioned", 'as we have mentioned', "as we've said", 'as we have said', "as we've told you", 'mentioned several times', 'mentioned many times', 'said many times', 'explained several times', 'explained clearly', 'explained quite clearly', 'explained very clearly', 'clearly explained', 'who could have guessed', 'who would have guessed', 'who would have thought', 'what did you expect', 'what you expected for', 'did you really think', 'did you really expect', 'did you seriously think', 'check before posting', 'covered many times', 'covered several times', 'even beginners', 'even a beginner',
      'as stated in our', 'as stated in the', 'as clearly stated', 'take a moment to read', 'take the time to read',
      'check your facts', 'read it properly', 'read properly', 'check the small print', 'read the small print', 'if you insist on', 'however will you', 'quite the reaction', 'not mind readers', "aren't mind readers", 'who actually understand',
      "can't read it for you", 'cannot read it for you', 'what you expect for', 'make it any clearer', 'any clearer than', 'not sure what you expected', 'not sure what you were hoping', 'stop asking',
    ],
    exceptions: ['no offense taken', "if you don't understand", 'if you do not understand', "if you didn't understand"],
  },
  {
    id: 'en.blame',
    kind: 'banned',
    lang: 'en',
    severity: 'error',
    description: { en: 'Blaming the reader.', ru: 'Обвинение читателя (английский).' },
    message: {
      en: '«{word}» blames the reader. Say what happened and what you will do, without pointing fingers.',
      ru: '«{word}» перекладывает вину на человека. Опишите, что случилось и что вы сделаете.',
    },
    words: [
      'your fault', 'your own fault', 'you failed to', "you didn't read", 'you did not read', 'you did it wrong',
      'user error', 'you are wrong', "you're wrong", 'you misunderstood',
      // not "you should have" or "you must have" alone: "you should have received an e-mail", "you must
      // have been worried" are kind; these say the reader did it wrong
      'you should have read', 'you should have checked', 'you should have asked', 'you should have followed', 'you should have used',
      'you should have waited', 'you should have contacted', 'you should have paid attention', 'you should have thought',
      'you must have entered', 'you must have typed', 'you must have missed', 'you must have forgotten', 'you must have misread',
      'if you had read', "if you'd read", 'if you had followed', "if you'd followed", 'if you had checked', "if you'd checked",
      // hindsight, whatever the verb: "you should have inspected the car", "if you'd uploaded the documents"
      'you should have *ed', "you should've *ed", 'you could have just *ed', "you could've just *ed", 'you could have simply *ed', 'if you had *ed', "if you'd *ed",
      'which you agreed to', 'that you agreed to', 'result of you not', 'because you failed', 'because you forgot',
      "because you didn't", 'because you did not', "since you didn't", 'since you did not',
      'you probably forgot', 'you entered the wrong', 'you selected the wrong', 'you chose the wrong', 'you picked the wrong', 'you typed the wrong',
      'yourself to blame', 'your end, not ours',
      'you must have clicked', 'you must have deleted', 'you must have done something', 'you must have made a mistake',
      'you would have seen', "you'd have seen", 'you would have known', "you'd have known", 'you would have noticed', "you'd have noticed", 'had you read', 'had you checked', 'had you followed', 'had you arrived', 'had you looked', 'had you contacted', 'had you told us', 'had you informed', 'had you paid attention', 'in future please', 'in the future please', 'next time please',
      'entirely your responsibility', 'solely your responsibility', 'was your responsibility', 'your own responsibility', 'customer error', 'error by the customer', 'you entered was incorrect', 'you entered was wrong', 'you provided was incorrect', 'you provided was wrong',
      'you turned up late', 'you simply arrived late', "if you'd been home", 'if you had been home', "if you'd been there", 'the problem is on your end', 'the issue is on your end', 'problem is your internet', 'problem is your connection', 'problem is your device', 'problem is your phone', "that's on you", 'that is on you', 'on you, not on us', "the buyer's job", "the buyer's responsibility", "the customer's responsibility", "the customer's job", "the sender's responsibility",
      'be more careful next time', 'be more careful',
    ],
    // what we hope has happened, not what the reader failed to do
    exceptions: [
      'you should have received', "you should've received", 'you should have experienced', 'you should have noticed a', 'you should have noticed the new',
      "because you didn't receive", "because you didn't get", "because you didn't hear", 'because you did not receive', "since you didn't receive", "since you didn't get",
      "if you'd need", 'if you entered the wrong', 'if you selected the wrong', 'if you chose the wrong', 'if you picked the wrong', 'if you typed the wrong', 'if you had experienced', "if you'd experienced", 'if you had received', "if you'd received", 'if you had noticed', "if you'd noticed",
      'in future please feel free', 'in the future please feel free', 'next time please feel free', 'in future please do', 'next time please do',
    ],
    // "it's not your fault", "this isn't user error": reassurance, not blame
    negated: 'allow',
  },
  {
    id: 'en.dismissal',
    kind: 'banned',
    lang: 'en',
    severity: 'warning',
    // in replies only: house rules say "thread closed", "nothing more to discuss" of moderation, not to a person
    roles: ['reply', 'template'],
    description: { en: 'Brushing the problem off.', ru: 'Отмахивание от проблемы (английский).' },
    message: {
      en: '«{word}» sounds like a refusal to help. Say what you can do, or where the person can turn.',
      ru: '«{word}» звучит как отказ помочь. Скажите, что вы можете сделать.',
    },
    words: [
      'not our problem', 'nothing we can do', "that's just how it is", 'that is just how it is', 'as per our policy', 'per our policy',
      'company policy', "if you don't like it", 'if you do not like it', 'deal with it', 'take it or leave it', 'not our fault',
      "can't do anything about it", 'cannot do anything about it', "there's nothing to be done", 'out of our hands',
      'suit yourself', 'believe what you want', 'think what you want', 'think whatever you want',
      'it is what it is', 'non-issue', "that's their problem", 'their problem, not ours', 'not our department', 'not our responsibility',
      'nothing more to discuss', 'nothing further to discuss', 'nothing else to discuss', 'sorry you feel that way', 'sorry you feel like that',
      'feel free to leave', 'feel free to go elsewhere', 'take your business elsewhere', 'go elsewhere', 'shop elsewhere', 'buy elsewhere', 'elsewhere then',
      'commenting further', 'no further comment', "we're not obliged", 'we are not obliged', 'not obliged to explain', 'not obligated to',
      'works fine for everyone else', 'works for everyone else', 'everyone else manage', 'no one else has this problem', 'nobody else has this problem', 'nobody else complain',
      'not much we can do', 'works fine for millions', 'works for millions', 'rules are rules', 'says what it says', 'nothing to discuss', 'nothing more we can say', 'nothing more to say',
      'complain about anything', 'accept no responsibility', 'unable to accept responsibility', 'cannot accept responsibility', "can't accept responsibility",
      "we'll leave it there", 'we will leave it there', "let's leave it there", "we'll leave it at that", 'leave it at that', 'matter closed', 'matter is closed', 'case closed', 'consider this closed', 'already responded to this', 'already answered this', "isn't for everyone", 'is not for everyone', 'might not be for you', 'may not be for you', 'not the right fit for you', 'enjoy elsewhere', 'look elsewhere', 'stop contacting us', 'do not contact us again', "don't contact us again",
      'works fine for most', 'works for most users', 'works fine for 99', 'works for 99', 'a feature not a bug', 'refer to our website', 'refer to the website',
      'per our terms', 'as per our terms', "if you're that unhappy", 'if you are that unhappy', "we won't stand in your way", "if you don't like how", 'do not contact us about this', "don't contact us about this", "can't be held responsible", 'cannot be held responsible',
    ],
    // a whole reply that says only this: "Noted."
    alone: ['noted', 'ok', 'okay', 'ok noted', 'noted thanks', 'thanks noted', 'ok thanks', 'thanks ok', 'understood', 'fine', 'whatever', 'feedback noted', 'comment noted', 'your feedback has been noted', 'your comment has been noted', "we've noted your feedback", 'we have noted your feedback', 'passed on', 'passed on to the team'],
    // the brand taking it on: "we'll deal with it properly"
    exceptions: ["we'll deal with it", 'we will deal with it', "i'll deal with it", 'i will deal with it', "we'd deal with it"],
  },
  {
    id: 'en.cliches',
    kind: 'banned',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Corporate clichés.', ru: 'Корпоративные штампы (английский).' },
    message: {
      en: '«{word}» is a stock phrase that hides the person behind it. Say it in your own words.',
      ru: '«{word}» — штамп, за которым не видно человека. Скажите своими словами.',
    },
    words: [
      'any inconvenience', 'inconvenience this may have caused', 'your call is important', 'your feedback is important', 'we value your feedback',
      'we take this very seriously', 'please be advised', 'do not hesitate to contact', "don't hesitate to contact", 'dear valued customer',
      'valued customer', 'dear customer', 'dear user', 'going forward', 'circle back', 'synergy', 'best-in-class', 'world-class',
      'we would like to inform you', 'we wish to inform you', 'touch base', 'we appreciate your business', 'at your earliest convenience',
      'sorry for the inconvenience', 'apologize for the inconvenience', 'apologise for the inconvenience', 'inconvenience caused',
      'we appreciate your feedback', 'we value all feedback', 'striving to improve', 'improve the customer experience', 'valued member',
      'stay tuned for exciting', 'exciting things ahead', 'your valuable feedback', 'customer satisfaction is', 'heart of everything we do',
      'always looking for ways to improve', 'your satisfaction is our', 'our top priority', 'strive to exceed', 'exceed your expectations', "exceed our customers' expectations", 'we strive to',
      'strive to provide', 'highest standard of', 'highest standards of', 'passed on to the relevant', 'the relevant team', 'the relevant department', 'we value all our', 'we value our customers',
      'sorry to hear about your experience', 'sorry to hear about your recent experience',
      'rest assured', 'strive for excellence', 'every touchpoint', 'comments have been noted', 'number one priority', 'above and beyond', 'fell short of expectations', 'passionate about delivering',
    ],
  },
  {
    id: 'en.plain-words',
    kind: 'preferred',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Plain words instead of stilted ones.', ru: 'Простые слова вместо громоздких (английский).' },
    message: {
      en: 'Plainer: «{suggestion}» instead of «{word}».',
      ru: 'Проще: «{suggestion}» вместо «{word}».',
    },
    terms: {
      '=utilize': 'use',
      '=utilise': 'use',
      'in order to': 'to',
      'at this point in time': 'now',
      'prior to': 'before',
      '=commence': 'start',
      'in the event that': 'if',
      'due to the fact that': 'because',
      '=kindly': 'please',
    },
  },
  {
    id: 'en.overpromising',
    kind: 'banned',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Promises nobody can guarantee.', ru: 'Обещания, которые нельзя гарантировать (английский).' },
    message: {
      en: '«{word}» promises more than the brand can guarantee. Say what you will do and when you will report back.',
      ru: '«{word}» обещает больше, чем бренд может гарантировать. Скажите, что сделаете и когда сообщите.',
    },
    words: ['guarantee', 'never happen again', '=we promise', '=promise you', '=we swear', 'you have our word', 'you have my word', 'no doubt about it', 'never again', "won't ever happen", '100 percent', 'one hundred percent', 'without fail', '100% safe', '100% secure', 'completely safe', 'always will be', 'no matter what happens', 'never occur again', 'never recur', 'will never happen', "won't happen again", '100% anonymous', 'completely anonymous', 'untraceable', 'whatever it takes', 'every dream come true', 'our promise to you'],
    // a product's guarantee (warranty) is a fact, not a promise
    exceptions: ['money-back guarantee', 'under guarantee', 'guarantee period', 'guarantee covers', 'year guarantee', 'month guarantee', 'guarantee card', 'day guarantee', '14-day guarantee', '30-day guarantee', '60-day guarantee', '90-day guarantee', 'export guarantee'],
    // «не можем гарантировать», "we cannot guarantee": saying what you cannot promise is honest
    negated: 'allow',
  },
  {
    id: 'en.slang',
    kind: 'preferred',
    lang: 'en',
    severity: 'warning',
    description: { en: 'Chat shorthand instead of words.', ru: 'Сокращения из чатов вместо слов (английский).' },
    message: {
      en: 'Write «{suggestion}» instead of «{word}»: the brand’s replies read as written, not texted.',
      ru: 'Пишите «{suggestion}» вместо «{word}».',
    },
    terms: { '=pls': 'please', '=plz': 'please', '=omg': 'wow', '=tbh': 'to be honest', '=idk': "I don't know", '=b4': 'before', '=ppl': 'people', '=til': 'until', '=thx': 'thanks', '=u': 'you', '=ur': 'your', '=btw': 'by the way', '=ty': 'thank you', '=m8': 'mate', '=cuz': 'because', '=coz': 'because', '=tho': 'though' },
  },
  {
    id: 'en.chat-laughter',
    kind: 'banned',
    lang: 'en',
    severity: 'warning',
    roles: ['reply', 'template'],
    description: { en: 'Chat laughter in a reply: lol, lmao.', ru: 'Смех из чатов в ответе: lol, lmao (английский).' },
    message: {
      en: '«{word}» is chat-speak, and in a brand\'s reply it can read as laughing at the person. Leave it out, or say in words what made you smile.',
      ru: '«{word}» — смех из чатов; в ответе бренда он может прозвучать как насмешка над человеком. Уберите его или скажите словами, что вас развеселило.',
    },
    words: ['=lol', '=lmao', '=lmfao', '=rofl', '=roflmao'],
  },
];
