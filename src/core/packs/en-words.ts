// The English word pack: what a brand's community manager never writes in a public reply. Errors for
// what must never be published (insults, condescension, blaming the reader); warnings for what makes
// a reply cold, evasive or corporate. Terms are lemmas (all forms match), `*` prefixes, `=` exact,
// `*ending` after a phrase's first word any word that ends so. Measured on blind replies: bench/judgement.
import type { RuleDef } from '../rules/api';

// Asking for a card number, a PIN or a code: the same message in both packs (ru.pii-request too).
export const PII_REQUEST_MESSAGE = {
  en: '«{word}» asks for what no brand may ask for: card numbers, PINs, CVV codes, passwords, one-time codes and recovery phrases are never requested, in public or in private (fraudsters imitate exactly such requests). Remove it and point to the secure way instead.',
  ru: '«{word}» — просьба, которую бренд не может себе позволить: номер карты, ПИН, CVV, пароль, коды из СМС и сид-фразу не просят ни публично, ни в личке (именно так пишут мошенники). Уберите её и укажите безопасный способ.',
};

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
      'idiot', 'idiotic', 'stupid', 'dumb', 'moron*', 'imbecile', 'loser', 'pathetic', 'clueless', 'shut up', 'get lost', 'piss off', 'wtf',
      'fuck*', 'shit*', 'bullshit', 'asshole*', 'bitch*', 'dickhead', 'jackass', 'ok boomer',
      'says more about you', 'says more about your',
      'just grow up', 'oh grow up', 'honestly grow up', 'please grow up', 'grow up already',
      'the entitlement', 'such entitlement', 'so entitled', 'how entitled', 'parenting problem', 'into a drama', 'drama queen',
      'instead of whining', 'stop whining', 'people moaning',
      'scumbag', 'half a brain', 'you clown', 'a clown who',
      'absolute clown', 'you muppet', 'the muppet who', 'freeloader',
      'pathetically',
      'only a clown', 'lazy amateur',
      'idoit', 'stoopid',
      // the reviewer as a cheat or the review as nonsense
      'lunatic', 'behaving like a child', 'acting like a child', 'behave like a child',
      'freebie hunter*', 'wanted a freebie', 'after a freebie', 'fishing for a freebie', 'ridiculous review', 'ridiculous complaint', 'absurd review',
    ],
    // praise turned to sarcasm when it addresses the reader: "maybe don't fly, genius."
    vocative: ['clown', 'genius', 'einstein', 'sherlock', 'smart guy', 'smartypants', 'smarty-pants', 'wise guy', 'wiseguy', 'mastermind', 'hotshot', 'big shot'],
    // reassurance: "not a dumb question at all"
    exceptions: ['not a dumb question', 'not a stupid question', 'no dumb questions', 'no stupid questions', 'no such thing as a dumb question', 'no such thing as a stupid question', 'stupid question from our side', 'stupid question on our side', 'stupid mistake on our part', 'stupid mistake on our side', 'stupid of us', 'our stupid mistake', 'stupid bug', 'stupid mistake', 'stupid error', 'stupid glitch', 'stupid typo', 'stupid autocorrect', 'dumb mistake', 'dumb error', 'dumb bug', 'dumb glitch', 'dumb typo', 'dumb of us', 'our dumb mistake', "loser's bracket", "losers' bracket", 'losers bracket', 'loser bracket'],
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
      'spell it out slowly', 'spell it out for you', "let's spell it out", 'even a small child', 'even a kid could', 'even a toddler', 'a five-year-old could',
      'not exactly hidden', 'just to spell it out', 'seems to have confused you', 'read it slowly',
      'literally basic', 'maybe learn', 'skill issue',
      // others manage, so the reader must be slow; a review left before reading
      'just to help you out', 'most customers have no trouble', 'most people have no trouble', 'most users have no trouble', 'most customers manage without', 'most customers figure it out', 'most people figure it out',
      'technology can be confusing', 'can be confusing for some', "you'll get the hang of it", 'you will get the hang of it',
      'before leaving a review', 'before writing a review', 'before posting a review', 'before tweeting',
      // the question itself made a nuisance of, the answer made out to be trivial
      'there seems to be some confusion', 'seems to be some confusion', 'why are people still', 'why do people keep asking', 'why are you still asking',
      "it's pretty simple really", 'pretty simple really', 'no need to overthink', 'have you tried reading',
      'you might be overthinking', "you're overthinking", 'you are overthinking', 'overthinking things', 'exist for a reason', 'exists for a reason', 'is there for a reason', 'are there for a reason',
      'clearly tells you', 'explained multiple times', 'for those who seem confused', 'those who seem confused', "that's what the words mean", 'what the words mean', "i'll go slowly", 'let me go slowly', 'quite confusing for you', 'all quite confusing for you',
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
      'was your job', "if you'd actually", 'if you had actually', 'you gave us the wrong', 'you gave us an expired', 'you gave us an invalid', 'you gave us an incorrect', 'before ordering next time', 'before you order next time', 'next time, check', 'next time check', 'next time, double-check', 'next time double-check',
      "if you'd brought", 'if you had brought', "if you'd sent", 'if you had sent', "if you'd taken", 'if you had taken', "if you'd paid", 'if you had paid', "if you'd kept", 'if you had kept',
      'your mistakes, not ours', 'your mistake, not ours', 'was your mistake', 'were your mistakes', 'themselves to blame',
      "that's what happens when you", 'must have been your',
      // the cause put on how the reader used the thing or on their device
      'result of how it was', 'result of how the', 'down to how it was', 'most likely down to your', 'probably down to your', 'likely down to your', 'is down to your',
      "don't blame us", 'do not blame us', 'stop blaming us', 'is down to you', 'happened because you', 'what we asked you not to do', 'before submitting next time', 'before sending next time', "the estate's responsibility", 'why would you post', 'why would you share', 'consent form you signed', 'the contract you signed',
      "wouldn't have happened if you", 'would not have happened if you', "wouldn't have happened had you", "wouldn't have happened if you'd", "would not have happened if you'd", 'be a bit more careful', 'be a little more careful',
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
      'end of discussion', 'end of story', 'discussion closed', 'no need to tell us again', "won't be answering questions", 'not going over it again', 'not going over this again', 'nothing for us to discuss', "we won't be discussing",
      "won't be replying", 'will not be replying', 'nothing further to add', 'nothing more to add', 'not going to discuss',
      'works on our end', 'works on our side', 'fine for everyone else', 'nothing to fix here', "we're not changing it", 'we are not changing it',
      'works fine on every', 'nobody else has complained', 'no one else has complained', 'probably just you',
      'closing this thread', 'closing the thread', 'we stand by our product', 'we stand by our products', 'problem, not ours', 'complaints elsewhere', 'stop sending us', 'nobody forced you', 'no one forced you', "not something we're going to get into", 'not going to get into', 'not going to respond to every', 'take it somewhere else', 'rant somewhere else', 'complaints somewhere else', 'locking thread', 'not a support channel', 'close this complaint', 'closing this complaint',
      'works perfectly for the vast majority', 'works fine for the vast majority', 'works for the vast majority', 'works perfectly for most',
    ],
    // a whole reply that says only this: "Noted."
    alone: ['noted', 'ok', 'okay', 'ok noted', 'noted thanks', 'thanks noted', 'ok thanks', 'thanks ok', 'understood', 'fine', 'whatever', 'feedback noted', 'comment noted', 'your feedback has been noted', 'your comment has been noted', "we've noted your feedback", 'we have noted your feedback', 'passed on', 'passed on to the team', "we'll pass it on", 'we will pass it on', "thanks we'll pass it on", "thanks for the review we'll pass it on", "thanks for the feedback we'll pass it on", 'please refer to our faq', 'refer to our faq', 'see our faq', 'please see our faq', 'check our faq'],
    // the brand taking it on: "we'll deal with it properly"
    exceptions: ['have to deal with it', 'had to deal with it', 'having to deal with it', "we'll deal with it", 'we will deal with it', "i'll deal with it", 'i will deal with it', "we'd deal with it", 'deal with it properly', 'and will deal with it', 'will deal with it today'],
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
      'valued customer', 'dear customer', 'dear user', 'going forward', '=circle back', '=circling back', 'synergy', 'best-in-class', 'world-class',
      'we would like to inform you', 'we wish to inform you', 'touch base', 'we appreciate your business', 'at your earliest convenience',
      'sorry for the inconvenience', 'apologize for the inconvenience', 'apologise for the inconvenience', 'inconvenience caused',
      'we appreciate your feedback', 'we value all feedback', 'striving to improve', 'improve the customer experience', 'valued member',
      'stay tuned for exciting', 'exciting things ahead', 'your valuable feedback', 'customer satisfaction is', 'heart of everything we do',
      'always looking for ways to improve', 'your satisfaction is our', 'our top priority', 'strive to exceed', 'exceed your expectations', "exceed our customers' expectations", 'we strive to',
      'strive to provide', 'highest standard of', 'highest standards of', 'passed on to the relevant', 'the relevant team', 'the relevant department', 'we value all our', 'we value our customers',
      'sorry to hear about your experience', 'sorry to hear about your recent experience',
      'rest assured', 'strive for excellence', 'every touchpoint', 'comments have been noted', 'number one priority', 'above and beyond', 'fell short of expectations', 'passionate about delivering',
      'any disruption this', 'regret any disruption', 'your valued', 'work hard and play hard', 'work hard, play hard', 'team of rockstars', 'fast-paced, dynamic', 'fast-paced and dynamic', 'our greatest asset', 'shaping the future of', 'shape the future of',
      '=learnings',
      'revolutionize the', 'revolutionise the', 'part of the family', 'on a journey to', 'every challenge is an opportunity', 'all about the journey', 'all in this together', 'one big family', 'committed to excellence', 'your concern is important', 'opportunity to grow together', 'continuously improve', 'appreciate you sharing your thoughts',
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
      'commence': 'start',
      'in the event that': 'if',
      'due to the fact that': 'because',
      '=kindly': 'please',
    },
    // the adverb of manner, not a stiff «please»: "kindly donated by", "very kindly"
    exceptions: ['kindly *ed', 'kindly given', 'kindly lent', 'very kindly', 'so kindly', 'most kindly'],
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
    words: ['guarantee', 'never happen again', '=we promise', '=promise you', '=we swear', 'you have our word', 'you have my word', 'no doubt about it', 'never again', "won't ever happen", '100 percent', 'one hundred percent', 'without fail', '100% safe', '100% secure', 'completely safe', 'always will be', 'no matter what happens', 'never occur again', 'never recur', 'will never happen', "won't happen again", '100% anonymous', 'completely anonymous', 'untraceable', 'whatever it takes', 'every dream come true', 'our promise to you', 'will be fully fixed', 'will be completely fixed', 'completely fixes', 'fixes it completely', 'fixes this completely', "promise you'll", 'promise you will', 'will never break', "won't ever break", '100% uptime', '100% arrive', "won't be repeated", 'will not be repeated', 'cannot go down again', "can't go down again", 'never experience downtime', 'fixed permanently', 'permanently fixed', 'fixed the issue permanently', 'perfect outcome', 'the perfect result'],
    // a product's guarantee (warranty) is a fact, not a promise
    exceptions: ['money-back guarantee', 'under guarantee', 'guarantee period', 'guarantee covers', 'year guarantee', 'month guarantee', 'guarantee card', 'day guarantee', '14-day guarantee', '30-day guarantee', '60-day guarantee', '90-day guarantee', 'export guarantee', 'guaranteed minimum wage', 'guaranteed minimum income', 'guaranteed minimum', 'sla guarantees', 'our sla guarantees', 'sla we guarantee', 'sla, we guarantee', "manufacturer's guarantee", 'within the guarantee', '12-month guarantee', '6-month guarantee', '24-month guarantee', '1-year guarantee', '2-year guarantee', '3-year guarantee', '5-year guarantee', 'two-year guarantee', 'joint or guaranteed', 'guaranteed loan', 'guaranteed debt', 'personal guarantee', 'bank guarantee'],
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
    terms: { 'pls*': 'please', 'plz*': 'please', 'omg*': 'wow', '=tbh': 'to be honest', '=idk': "I don't know", '=b4': 'before', '=ppl': 'people', '=thx': 'thanks', '=sry': 'sorry', '=srry': 'sorry', '=abt': 'about', '=u': 'you', '=ur': 'your', '=btw': 'by the way', '=ty': 'thank you', '=m8': 'mate', '=cuz': 'because', '=coz': 'because', '=tho': 'though', '=ngl': 'honestly', '=whatevs': 'whatever', '=tysm': 'thank you so much', '=ez': 'easy', 'fr fr': 'really' },
  },
  {
    id: 'en.pii-request',
    kind: 'banned',
    lang: 'en',
    severity: 'error',
    description: { en: 'Asking for card numbers, PINs, passwords or one-time codes.', ru: 'Просьба назвать номер карты, ПИН, пароль или код (английский).' },
    message: PII_REQUEST_MESSAGE,
    words: [
      'send us your card number', 'send your card number', 'send us your full card number', 'send your full card number', 'send us your card details', 'dm us your card number',
      'post your card number', 'full card number and pin', 'card number and pin', 'card number and cvv', 'send us your pin', 'send your pin', 'tell us your pin', 'dm us your pin',
      'send us your password', 'send your password', 'tell us your password', 'dm us your password', 'send us your cvv', 'send your cvv', 'tell us the cvv', 'the code on the back of your card',
      'send us the code we texted', 'tell us the code we texted', 'send us the code from the text', 'send us your one-time code', 'share your seed phrase', 'send us your seed phrase',
      'send us your recovery phrase', 'share your recovery phrase', 'share your private key', 'send us your private key',
    ],
    // "we will never ask you to send us your PIN": the warning, not the request
    negated: 'allow',
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
    words: ['=lol', 'lmao*', 'lmfao*', '=rofl', '=roflmao'],
  },
];
