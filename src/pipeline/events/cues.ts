// The words the event rules read, compiled once per language pack: anaphors ("Keduanya", "the two leaders"),
// demonstratives that refer back to an event ("Pertemuan itu", "the talks"), possessives ("kunjungannya",
// "his visit"), prepositions before a venue ("di", "in"), deictic date words and a visit's stated length.
// All of them are data (data/lang/<lang>/*.csv); this module only turns them into patterns.
import { alternationOf, NOTHING, perPack, type LanguagePack } from "../lang/pack.ts";
import { wordMatcher } from "../lang/matcher.ts";
import { wordPattern } from "./lexicon.ts";

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";
/** How many words (a preposition, "again", "as defence minister in") may join a second date of a list to the first. */
const DATE_LIST_WORDS = 4;
/** How many words (a date: "pada September 2023", "on June 19") may stand between a verb of taking place and its preposition. */
const DATE_WORDS = 4;
/** How many words (a kind of place, its description) may stand between a venue preposition and the place. */
const PLACE_NOUNS = 5;

/** Whether a text holds any word of a list, or ends with a phrase of one. */
export interface TextTest {
  test(text: string): boolean;
}

export interface EventCues {
  /** A demonstrative right after a trigger ("Pertemuan itu"); matched against the text after the trigger. */
  anaphorAfter: RegExp;
  /** A determiner right before a trigger ("the talks"); matched against the text before the trigger. */
  anaphorBefore: TextTest;
  /** The proximal ones among them ("kunjungan ini", "this visit"): they point at the article's news. */
  proximalAfter: RegExp;
  proximalBefore: TextTest;
  /** A possessive right after a trigger ("pertemuan mereka"); against the text after it. */
  possessiveAfter: RegExp;
  /** A possessive right before a trigger ("his visit"); against the text before it. */
  possessiveBefore: TextTest;
  /** A clitic at the end of a trigger as written ("kunjungannya"). */
  cliticEnd: RegExp;
  /** Whole words of a list found anywhere in a text, in one scan however long the list. */
  plural: TextTest;
  singular: TextTest;
  /** A comitative and an object pronoun within a few words after a trigger, no punctuation between ("a meeting with
   * him"): matched against the text after the trigger (object-pronoun.ts). */
  objectPronounAfter: RegExp;
  bothHeads: TextTest;
  /** An additive word ("also", "juga") anywhere in a text: before a trigger, the doers are others than those told of. */
  additive: TextTest;
  /** "between the two countries", "antara kedua negara": a meeting of both sides, whoever of them is named. */
  bothCountries: TextTest;
  /** A group noun of non-officials ("tourists", "pekerja"): a trip of theirs naming nobody is no meeting of the sides. */
  nonOfficials: TextTest;
  /** A word of attendance ("present there", "hadir"): a sentence listing who attended the meeting told before it. */
  attendance: TextTest;
  /** 'Then' before a trigger ("kemudian", "afterwards"): the next step of the meeting told just before, on its day. */
  sequel: TextTest;
  /** Text before a trigger that ends with a word placing a clause before a meeting ('Ahead of the', 'Menjelang'): the meeting is a point in time. */
  beforeEventEnd: RegExp;
  /** A sentence comparing the news with an earlier meeting ('last met', 'pertama kali bertemu'). */
  recapComparison: TextTest;
  /** A sentence opening with a contrast ('But', 'Namun'): it goes on about what the sentence before said. */
  contrastOpening: RegExp;
  /** A word placing a sentence in the news's present ('this time', 'kali ini'): history-paragraph.ts. */
  present: TextTest;
  /** A sentence opening with a concessive ('Although', 'Meskipun'): the clause it opens is conceded beside the event. */
  concessiveOpening: RegExp;
  /** A whole date expression that is deictic ("pekan ini", "this week"). */
  deictic: RegExp;
  /** A whole relative day counted from a report's day when the sentence states one ("the previous day"). */
  reportRelative: RegExp;
  /**
   * A venue preposition near the end of the text between a trigger and a place: right before it ("… di ") or a
   * few words before ("di Kota", "di wilayah kota terpencil", "in the Far Eastern city of").
   */
  prepositionEnd: RegExp;
  /**
   * A verb saying where a meeting happened ("berlangsung di", "took place in", "was held at", "berlangsung pada
   * September 2023 di") with its preposition near the end of the text between a trigger and a place: the place is
   * the meeting's however far its subject runs.
   */
  venueVerbEnd: TextTest;
  /**
   * A venue preposition and a description with a kind of place ("in the coastal city of ", "di kota pelabuhan ")
   * at the end of the text before a place: `index` is where the preposition stands.
   */
  describedPlaceEnd: RegExp;
  /** A kind of place right after a place's name ("the Wonsan-Kalma resort"): the name is the place's, not an adjective. */
  placeNounAfter: RegExp;
  /** A reporting verb right after a place's name ("talks the Kremlin said would focus on …"): the place is a government
   * speaking, not where anything happened. */
  speakerVerbAfter: RegExp;
  /** A report clause right after an opening word's comma (", KCNA reported, …", ", the agency said that …"): a
   * speaker of up to six words, its reporting verb, then a comma or a complementizer (role/ordered-report.ts). */
  reportClauseStart: RegExp;
  /** A reporting verb whose speaker follows it, right before a place's name ("Kedatangan Kim, dikatakan Kremlin, …",
   * "kata Kremlin", "menurut Moskow"): the place is a government speaking, not where anything happened. */
  speakerVerbBefore: RegExp;
  /** A word of belonging right before a place's name ("program nuklir milik Pyongyang"): the place owns, it is no venue. */
  ownerEnd: RegExp;
  /** "since"/"sejak" at the end of the text before a date: the date is when an earlier event happened. */
  sinceEnd: TextTest;
  /** An until-word right before ("berlangsung sampai Sabtu", "until Saturday"): the date after it ends a span. */
  untilEnd: TextTest;
  /** A since-word opening a date expression as the date grammar reads it ("sejak 2023"): the same as one before it. */
  sinceStart: RegExp;
  /**
   * The words between one occasion's date and the next occasion's place in a list ("…in April 2019, at the
   * Vostochny cosmodrome in September 2023", "… pada April 2019, dan di Pyongyang pada Juni 2024"): a comma or a
   * conjunction, then a venue preposition.
   */
  listLink: RegExp;
  /**
   * The words between one occasion's date and the next one's at the same place ("visited Pyongyang in October 2023
   * and in May 2018", "… and as defence minister in July 2023"): a conjunction, then a few lower-case words.
   */
  dateListLink: RegExp;
  /** The words between one counterpart's day and the next counterpart in a list ("… on Tuesday and Russian President"). */
  personListLink: RegExp;
  /** A conjunction joining two names or two verb phrases ("and", "dan"): all matches in a text. */
  conjunction: RegExp;
  /** A comma and a relative pronoun ("…, who", "…, yang"): all matches in a text. */
  relativeJoin: RegExp;
  /** A comma and a relative adverb of place at the start of the text between a place and a trigger ("…Khasan, where
   * Kim was greeted", "…Khasan, tempat Kim disambut"): the clause it opens is told at that place. */
  venueRelativeStart: RegExp;
  /** A sentence's opening words up to a place, when they are a fronted adverbial of place ("While in | Pyongyang,
   * Ivanov held talks", "Selama di | Pyongyang, Ivanov berunding …"; the pack's place_openers). */
  placeOpening: RegExp;
  /** A clause ending with a lower-case word other than a holding verb (the pack's holding_verbs) or an occasion
   * preposition, then a possessive or a definite article ("Putin remembered his |", "X held his |" is not): a meeting
   * right after it is that word's object, not the clause's act. */
  governedObjectEnd: TextTest;
  /** The same word with no article after it, before a meeting that bears a clitic ("Putin mengenang | pertemuannya"). */
  governedCliticEnd: TextTest;
  /** The words between a place and a trigger right after it that say what a stay there is for ("in Moscow | on a
   * private | visit", "in Pyongyang | for | talks"; the pack's stay_prepositions, a determiner, two words at most). */
  stayBetween: RegExp;
  /** A verb of being somewhere, at most two lower-case words and a venue preposition ending the text before a place
   * ("Kang Sok Ju is currently in | Moscow"; the pack's stay_verbs): a stay, not a journey's goal. */
  stayLeadEnd: TextTest;
  /** The pack's reporting verbs anywhere in a text ("In Moscow, officials said the talks …"). */
  reportingVerb: RegExp;
  /** A subordinator right before a name (entities written " X " in findVenues), which opens a clause with a subject of
   * its own: "Putin meets North Korean foreign minister as Pyongyang's troops deploy near Ukraine". */
  subordinateSubject: RegExp;
  /** A subordinator at the end of the text before a place ("… came at a time when | Pyongyang was doubling …", "… as
   * | Moscow seeks …"): the place opens the clause as its subject (a capital for its government), not where the
   * trigger before it went. */
  subordinatorEnd: TextTest;
  /** A time anaphor opening a sentence ("Saat itu, …", "At the time, …"): its event is the one told just before. */
  timeAnaphorOpening: RegExp;
  /** A clause set off in commas after a noun (", which Putin proposed at the summit,"), or a name in apposition
   * ("a meeting between the Russian leader, Vladimir Putin, and Kim … would take place"): a modality cue after it
   * still reaches the noun before it. Global. */
  relativeAside: RegExp;
  /** A conjunction and at most an auxiliary right before a cue ('… and is scheduled'): a second predicate opens. */
  secondPredicate: RegExp;
  /** A speaker's title between an attribution cue and the name ("according to Kremlin aide Yury Ushakov"). */
  attributionTitle: RegExp;
  /** A word for the day the story told last ("earlier the same day", "later in the day"; same_day_words.csv). */
  sameDay: RegExp;
  /**
   * Between an event referred back to and a later meeting word, a copula (after a word at most: the determiner of
   * "kunjungan itu") and up to three words with no comma ("the central event of that visit was Kim's meeting …",
   * "puncak kunjungan itu adalah pertemuan …"): the later one is said to be part of the event referred to.
   */
  copulaLink: RegExp;
  /** An auxiliary or copula: before such a conjunction, the first predicate is not the trigger itself. */
  auxiliary: RegExp;
  /** A passive auxiliary at the end of the text before a trigger, one word between allowed ("was warmly"). */
  passiveBefore: TextTest;
  /** A passive prefix opening a trigger as written ("dijamu"). */
  passivePrefix: RegExp;
  /** The agent marker right after a passive trigger ("signed by", "ditandatangani oleh"): the doers follow it. */
  agentAfter: RegExp;
  /** A co-signer's preposition within a few words after a signing verb ("signed with Putin", "ditandatangani bersama
   * Putin"): lang/<lang>/cosigner_prepositions.csv. */
  cosignerAfter: RegExp;
  /** "since"/"sejak" anywhere in a text: between two triggers, the later one is an earlier event ("the first since Putin visited"). */
  sinceWord: RegExp;
  /** The since-words, every match (global). */
  sinceWords: RegExp;
  /** The end of a text before a date that opens a participle clause about a thing (", inaugurated in", ", which was
   * built in", ", yang diresmikan pada"): description_participles.csv. */
  descriptionBefore: RegExp;
  /** A place right after one of these is not where the event was ("di luar Korut", "outside Russia"). */
  /** A place of origin ("aid from Moscow", "dari Moskow") right before a place: origin_prepositions.csv. */
  originEnd: TextTest;
  /** The same after a word of return ("returned from Moscow"), where the origin is where the trip went. */
  returnOriginEnd: TextTest;
  outsideEnd: TextTest;
  /** A genitive ending right after a place ("Moscow's war"): the place stands for its government, not a location. */
  genitiveStart: RegExp;
  /**
   * A place (stood in for by X) in the genitive, with up to two capitalised words after it, ending the words between
   * a trigger and the next place or followed by a small word ("arrived in Russia's Primorye Region", "in Russia's
   * Far Eastern city of Vladivostok"): it says whose the next place is, and stands as a determiner would ("in the
   * city of …"). Never matches in a language without genitive endings.
   */
  placeGenitiveEnd: RegExp;
  /**
   * A person's or a report's noun right after a place ("Kremlin spokesman", "a Kremlin transcript"): the place names
   * the institution, not where anything happened.
   */
  attributiveStart: RegExp;
  /**
   * A conjunction opening a clause about another event ("setelah", "after", "when"): all matches in a text, the
   * last of which starts the later event's clause.
   */
  clauseOpener: RegExp;
  /** The clause openers that order two events ("after", "setelah", "before"), not merely join them ("when"). */
  orderingOpener: RegExp;
  /** A clause opener of the same time as the clause before ("when", "ketika"), matched whole. */
  sameTimeOpener: RegExp;
  /** A clause opener whose clause tells of a later event ("before", "sebelum"), matched whole. */
  laterOpener: RegExp;
  /**
   * A comma and a clause conjunction ("…, and", "…, sementara"): all matches in a text. Right before a verb it goes
   * back to the sentence's subject ("…, only months after taking office, and met Kim"); before a name it opens a
   * clause with a subject of its own ("Kim met Xi, and Putin met Xi").
   */
  clauseJoin: RegExp;
  /**
   * A counted span of time right before a clause opener that orders the two events ("a month after", "sebulan
   * setelah"), as an expression the date grammar resolves against the earlier clause's date ("a month ago",
   * "sebulan lalu"); null when the text does not end with one.
   */
  spanBefore(textBeforeOpener: string, opener: string): { expression: string; index: number } | null;
  /**
   * A counted span of time and a word counting on or back from the event told before ("Four years later, …",
   * "Empat tahun kemudian, …", "met Choe a day earlier"), opening the text or, with `anywhere`, in it: as an
   * expression the date grammar resolves against that event's date ("four years from now"), with where it stands
   * and how it is written; null when there is none.
   */
  spanCounted(text: string, anywhere: boolean): { expression: string; index: number; text: string } | null;
  /**
   * A second place phrase joined to the first ("di Vladivostok pada April 2019 dan di Vostochny pada September"):
   * in the text between a trigger and a place, the place is another occasion's.
   */
  secondPlace: RegExp;
  /**
   * A genitive and a person's noun right after a person ("Putin's envoy", "Putin's foreign policy adviser"): the
   * person named is whom the other serves, not one who took part. Not a noun that modifies a meeting word after it
   * ("Kim Jong Il's first official visit": the visit is his).
   */
  servedStart: RegExp;
  /** A genitive ending and nothing after it ("… the late Kim Il Sung, Kim Jong Il's" at an excerpt's cut): the
   * person it follows describes someone the cut left out. */
  genitiveAtEnd: RegExp;
  /**
   * A relation or a mandate before a person ("Pendahulu Belousov", "on the instructions of President Vladimir Putin"),
   * up to three words (a title) between: the person is whom another is related to or acts for, not one who took part.
   */
  relationEnd: RegExp;
  /** A weekday alone, perhaps after a part of the day ("Wednesday", "late Tuesday", "Rabu"): the date expression as written. */
  bareWeekday: RegExp;
  /** A time-clause word ("when", "once"): all matches in a text. */
  futureClause: RegExp;
  /** A present form of a meeting or journey verb ("meets", "arrive") anywhere in a text. */
  presentVerb: TextTest;
  /** A fronted phrase of circumstance opening a sentence ("On his visit to …", "Dalam kunjungannya …"). */
  circumstanceOpening: RegExp;
  /** A fronted phrase of means opening a sentence right before the trigger ("By | visiting Russia, …"). */
  meansOpening: RegExp;
  /** A negative subject ("No Russian leader", "Belum pernah ada pemimpin"): all matches in a text. */
  negativeSubject: RegExp;
  /** A complementizer ("bahwa", "that") anywhere in a text: what follows it is the reported clause, not the report. */
  complementizer: RegExp;
  /** A perfect marker ("telah", "sudah") opening a text: after a source word ("dilaporkan telah tiba …") it opens the
   * reported event's predicate, whose date follows. */
  perfectStart: RegExp;
  /** A visit's stated length ("kunjungan dua hari", "a three-day visit") in a sentence, in days; null if none. */
  durationDays(sentence: string): number | null;
}

/**
 * Whether a text ends with a match of `source`: what `new RegExp(`${source}$`, "iu").test(text)` says, but tried at
 * the text's end only (a sticky lookbehind there) rather than from every position of a sentence's opening words.
 */
function endTest(source: string, flags = "iuy"): TextTest {
  const regex = new RegExp(`(?<=${source})`, flags);
  return {
    test(text) {
      regex.lastIndex = text.length;
      return regex.test(text);
    }
  };
}

/** The event cues of a pack, compiled on first use. */
export const eventCues = perPack(compile);

function compile(pack: LanguagePack): EventCues {
  const words = (kind: string) => pack.wordsIfAny(kind);
  const positioned = (kind: string, position: string) => (pack.has(kind) ? pack.rows(kind).filter((r) => r.values.position === position).map((r) => r.word) : []);
  const proximal = (position: string) => (pack.has("event_anaphors") ? pack.rows("event_anaphors").filter((r) => r.values.position === position && r.values.refers === "news").map((r) => r.word) : []);
  const alt = (kind: string) => (pack.has(kind) ? pack.alternation(kind) : NOTHING);
  // The pack's meeting words, any of them: a person's noun right before one is its modifier ("official visit").
  const meetingNouns = pack.triggers.length === 0 ? NOTHING : pack.triggers.map((t) => (t.match === "word" ? alternationOf([t.pattern]) : `(?:${t.pattern})`)).join("|");
  const matcher = (kind: string): TextTest => wordMatcher(words(kind));
  const dayCounts = new Map(pack.has("day_counts") ? pack.rows("day_counts").map((r) => [r.word.toLowerCase(), Number(r.values.value)] as const) : []);
  const number = `(\\d{1,2}|${alternationOf([...dayCounts.keys()])})`;
  const frames = words("visit_durations").map((frame) => wordPattern(frame).split("#").join(number));
  // "#" in a negative subject stands for up to three words ("no Soviet or Russian leader").
  const negatives = words("negative_subjects").map((frame) => wordPattern(frame).split(/#(?:\\s\+)?/u).join("(?:[\\p{L}-]+\\s+){0,3}?"));
  const duration = new RegExp(`${L}(?:${frames.length === 0 ? NOTHING : frames.map((f) => `(?:${f})`).join("|")})${R}`, "iu");
  const orderOf = new Map(pack.has("clause_openers") ? pack.rows("clause_openers").map((r) => [r.word.toLowerCase(), r.values.order ?? ""] as const) : []);
  const directions = pack.has("count_directions") ? pack.rows("count_directions") : [];
  const counted = (value: string) => directions.find((r) => r.values.value === value)?.word;
  const span = new RegExp(`${L}((?:\\d+|${alt("number_words")})\\s*(?:${alt("date_units")}))\\s+$`, "iu");
  const sequenceValue = new Map(pack.has("sequence_words") ? pack.rows("sequence_words").map((r) => [r.word.toLowerCase(), r.values.value ?? ""] as const) : []);
  const sequence = (position: string) => alternationOf(positioned("sequence_words", position));
  // A counted span and a word after it ("four years later"), a bare unit and a word after it ("tahun berikutnya"),
  // or a word before a bare unit ("the following year"): the number, the unit, the word.
  const counting =
    `(?:((?:\\d+|${alt("number_words")})\\s*)?(${alt("date_units")})\\s+(${sequence("after")})` +
    `|(?<=^|\\s)(${sequence("before")})\\s+(${alt("date_units")}))${R}`;
  const opening = new RegExp(`^\\s*(?:\\p{L}+\\s+)??${counting}`, "iu");
  const inside = new RegExp(`${L}${counting}`, "iu");
  // A lower-case word that is neither a verb holding the meeting after it nor a preposition of its occasion.
  const held = [...words("holding_verbs"), ...words("occasion_prepositions")];
  const governor = `${L}(?!(?:${alternationOf(held)})${R})\\p{Ll}[\\p{L}-]*`;
  return {
    spanBefore(textBeforeOpener, opener) {
      const order = orderOf.get(opener.toLowerCase());
      const word = order === "earlier" ? counted("-1") : order === "later" ? counted("1") : undefined;
      const m = span.exec(textBeforeOpener);
      return m === null || word === undefined ? null : { expression: `${m[1]} ${word}`, index: m.index };
    },
    spanCounted(text, anywhere) {
      const m = (anywhere ? inside : opening).exec(text);
      if (m === null) return null;
      // A bare unit counts one of it ("the following year": a year on).
      const [number, unit, sequenceWord] = m[3] !== undefined ? [m[1] ?? "1 ", m[2]!, m[3]] : ["1 ", m[5]!, m[4]!];
      const word = counted(sequenceValue.get(sequenceWord.toLowerCase()) ?? "");
      if (word === undefined) return null;
      const lead = m[0].length - m[0].trimStart().length;
      return { expression: `${number.trim()} ${unit} ${word}`, index: m.index + lead, text: m[0].trim() };
    },
    anaphorAfter: new RegExp(`^\\s+(?:${alternationOf(positioned("event_anaphors", "after"))})${R}`, "iu"),
    anaphorBefore: endTest(`${L}(?:${alternationOf(positioned("event_anaphors", "before"))})\\s+`),
    proximalAfter: new RegExp(`^\\s+(?:${alternationOf(proximal("after"))})${R}`, "iu"),
    proximalBefore: endTest(`${L}(?:${alternationOf(proximal("before"))})\\s+`),
    possessiveAfter: new RegExp(`^\\s+(?:${alternationOf(positioned("possessives", "after"))})${R}`, "iu"),
    possessiveBefore: endTest(`${L}(?:${alternationOf(positioned("possessives", "before"))})\\s+`),
    sinceStart: new RegExp(`^\\s*(?:${alt("since_words")})${R}`, "iu"),
    sinceEnd: endTest(`${L}(?:${alt("since_words")})\\s+`),
    untilEnd: endTest(`${L}(?:${alt("until_words")})\\s+`),
    listLink: new RegExp(`^\\s*(?:[,;]\\s*(?:(?:${alt("joint_conjunctions")})\\s+)?|(?:${alt("joint_conjunctions")})\\s+)(?:${alt("venue_prepositions")})(?:\\s+[\\p{L}-]+){0,2}?\\s+$`, "iu"),
    dateListLink: new RegExp(`^\\s*,?\\s*(?:${alt("joint_conjunctions")})(?:\\s+[\\p{Ll}-]+){0,${DATE_LIST_WORDS}}\\s+$`, "u"),
    personListLink: new RegExp(`^\\s*,?\\s*(?:${alt("joint_conjunctions")})(?:\\s+[\\p{L}-]+){0,${DATE_LIST_WORDS}}?\\s+$`, "iu"),
    conjunction: new RegExp(`${L}(?:${alt("joint_conjunctions")})${R}`, "giu"),
    relativeJoin: new RegExp(`,\\s*(?:${alt("relative_pronouns")})\\s+`, "giu"),
    venueRelativeStart: new RegExp(`^\\s*,\\s*(?:${alt("venue_relatives")})\\s+`, "iu"),
    placeOpening: new RegExp(`^[\\s"“'‘]*(?:${alt("place_openers")})\\s+$`, "iu"),
    // (Case-sensitive, as stayLeadEnd: a name standing for the subject, "X", is no governing word.)
    governedObjectEnd: endTest(`${governor}\\s+(?:${alternationOf([...positioned("possessives", "before"), ...positioned("anaphor_determiners", "before")])})\\s+`, "uy"),
    governedCliticEnd: endTest(`${governor}\\s+`, "uy"),
    // (Case-sensitive: under the i flag \p{Ll} would match capitals too, and the verbs are written in lower case.)
    stayLeadEnd: endTest(`${L}(?:${alt("stay_verbs")})(?:\\s+\\p{Ll}+){0,2}?\\s+(?:${alt("venue_prepositions")})\\s+`, "uy"),
    // (Two words at most, a determiner and a describing word, "on a private visit": "on the eve of talks", "untuk
    // beberapa hari sebelum pertemuan" tell a stay before the event, elsewhere.)
    stayBetween: new RegExp(`^\\s+(?:${alt("stay_prepositions")})(?:\\s+[\\p{Ll}-]+){0,2}\\s+$`, "u"),
    reportingVerb: pack.verbs.length === 0 ? new RegExp(NOTHING, "u") : new RegExp(`${L}(?:${alternationOf(pack.verbs.map((v) => v.verb))})${R}`, "iu"),
    subordinateSubject: new RegExp(`${L}(?:${alt("subordinators")})\\s+X${R}`, "iu"),
    subordinatorEnd: endTest(`${L}(?:${alt("subordinators")})\\s+`),
    timeAnaphorOpening: new RegExp(`^[\\s"“'‘]*(?:${alt("time_anaphors")})${R}`, "iu"),
    // Or a name in apposition (", Vladimir Putin,"): two to four capitalised words alone between two commas.
    attributionTitle: new RegExp(`^\\s*(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${alternationOf([...words("person_nouns"), ...words("office_titles")])})\\s+$`, "iu"),
    sameDay: new RegExp(`${L}(?:${alt("same_day_words")})${R}`, "iu"),
    secondPredicate: new RegExp(`${L}(?:${alt("predicate_conjunctions")})\\s+(?:(?:${alternationOf([...words("copulas"), ...words("perfect_markers")])})\\s+)?$`, "iu"),
    copulaLink: new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)??(?:${alternationOf(words("copulas"))})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, "iu"),
    auxiliary: new RegExp(`${L}(?:${alternationOf([...words("copulas"), ...words("perfect_markers")])})${R}`, "iu"),
    relativeAside: new RegExp(`,\\s*(?:${alt("relative_asides")})\\s[^,;:()[\\]“”"]*,|,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}\\s*,`, "giu"),
    passiveBefore: endTest(`${L}(?:${alternationOf(positioned("passive_words", "before"))})(?:\\s+[\\p{L}-]+)?\\s+`),
    passivePrefix: new RegExp(`^(?:${alternationOf(positioned("passive_words", "prefix"))})\\p{L}`, "iu"),
    cosignerAfter: new RegExp(`^(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:${alt("cosigner_prepositions")})(?![\\p{L}\\p{N}])`, "iu"),
    agentAfter: new RegExp(`^\\s+(?:${alternationOf(positioned("passive_words", "agent"))})\\s+`, "iu"),
    sinceWord: new RegExp(`${L}(?:${alt("since_words")})${R}`, "iu"),
    sinceWords: new RegExp(`${L}(?:${alt("since_words")})${R}`, "giu"),
    descriptionBefore: new RegExp(`,\\s*(?:(?:${alternationOf([...words("relative_pronouns"), ...words("relative_asides")])})\\s+(?:(?:${alternationOf(words("copulas"))})\\s+)?)?(?:${alt("description_participles")})(?:\\s+(?:${alt("date_prepositions")}))?\\s*$`, "iu"),
    outsideEnd: endTest(`${L}(?:${alt("outside_words")})\\s+`),
    originEnd: endTest(`${L}(?:${alt("origin_prepositions")})\\s+`),
    returnOriginEnd: endTest(`${L}(?:${alt("return_words")})\\s+(?:${alt("origin_prepositions")})\\s+`),
    attributiveStart: new RegExp(`^\\s+(?:${alternationOf([...words("person_nouns"), ...words("relay_nouns")])})${R}`, "iu"),
    genitiveAtEnd: new RegExp(`^(?:${alternationOf(words("genitive_endings"))})\\s*$`, "iu"),
    servedStart: new RegExp(`^(?:${alternationOf(words("genitive_endings"))})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternationOf([...words("person_nouns"), ...positioned("relation_nouns", "after")])})${R}(?!\\s+(?:${meetingNouns})${R})`, "iu"),
    // (A quotation may close on the relation: 'visited "on the instructions of" President Putin'.)
    relationEnd: new RegExp(`${L}(?:${alternationOf(positioned("relation_nouns", "before"))})["”’»]?(?:\\s+[\\p{L}.-]+){0,3}?\\s+$`, "iu"),
    secondPlace: new RegExp(`${L}(?:${alt("joint_conjunctions")})\\s+(?:${alt("venue_prepositions")})${R}`, "iu"),
    orderingOpener: new RegExp(`${L}(?:${alternationOf([...orderOf].filter(([, order]) => order === "earlier" || order === "later").map(([word]) => word))})${R}`, "iu"),
    sameTimeOpener: new RegExp(`^(?:${alternationOf([...orderOf].filter(([, order]) => order === "same").map(([word]) => word))})$`, "iu"),
    laterOpener: new RegExp(`^(?:${alternationOf([...orderOf].filter(([, order]) => order === "later").map(([word]) => word))})$`, "iu"),
    clauseOpener: new RegExp(`${L}(?:${alt("clause_openers")})${R}`, "giu"),
    clauseJoin: new RegExp(`[,;]\\s*(?:${alt("clause_conjunctions")})\\s+`, "giu"),
    complementizer: new RegExp(`${L}(?:${alt("complementizers")})${R}`, "iu"),
    perfectStart: new RegExp(`^\\s*(?:${alt("perfect_markers")})${R}`, "iu"),
    futureClause: new RegExp(`${L}(?:${alt("future_clauses")})${R}`, "giu"),
    presentVerb: matcher("present_verbs"),
    negativeSubject: new RegExp(`${L}(?:${negatives.length === 0 ? NOTHING : negatives.join("|")})${R}`, "giu"),
    circumstanceOpening: new RegExp(`^[\\s"“]*(?:${alt("circumstance_openers")})\\s`, "iu"),
    meansOpening: new RegExp(`^[\\s"“]*(?:${alt("means_openers")})\\s+$`, "iu"),
    bareWeekday: new RegExp(`^(?:(?:${alt("day_parts")})\\s+)?(?:${alt("weekdays")})(?:\\s+(?:${alt("day_parts")}))?$`, "iu"),
    genitiveStart: new RegExp(`^(?:${alternationOf(words("genitive_endings"))})${R}`, "iu"),
    placeGenitiveEnd: words("genitive_endings").length === 0 ? /(?!)/u : new RegExp(`\\s*\\bX\\s*(?:${alternationOf(words("genitive_endings"))})(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}(?=\\s*$|\\s+\\p{Ll})`, "u"),
    cliticEnd: new RegExp(`(?:${alternationOf(words("clitics"))})$`, "iu"),
    plural: matcher("plural_anaphors"),
    singular: matcher("singular_anaphors"),
    objectPronounAfter: new RegExp(`^(?:\\s+[\\p{L}-]+){0,8}?\\s+(?:${alt("comitatives")})\\s+(?:${alt("object_pronouns")})${R}`, "iu"),
    bothHeads: matcher("both_heads"),
    additive: matcher("additive_words"),
    bothCountries: matcher("both_countries"),
    nonOfficials: matcher("non_officials"),
    attendance: matcher("attendance_words"),
    sequel: matcher("sequel_words"),
    recapComparison: matcher("recap_comparisons"),
    present: matcher("present_markers"),
    concessiveOpening: new RegExp(`^[\\s"“]*(?:${alt("concessive_openers")})${R}`, "iu"),
    contrastOpening: new RegExp(`^[\\s"“]*(?:${alt("contrast_openers")})${R}`, "iu"),
    beforeEventEnd: new RegExp(`${L}(?:${alt("before_event_words")})(?:\\s+[\\p{L}\\p{N}-]+){0,1}\\s+$`, "iu"),
    deictic: new RegExp(`^(?:${alt("deictic_dates")})$`, "iu"),
    reportRelative: new RegExp(`^(?:${alt("report_relative_days")})$`, "iu"),
    prepositionEnd: new RegExp(`${L}(?:${alt("venue_prepositions")})(?:\\s+[\\p{L}\\p{N}-]+){0,${PLACE_NOUNS}}\\s+$`, "iu"),
    describedPlaceEnd: new RegExp(
      `${L}(?:${alt("venue_prepositions")})(?:\\s+[\\p{L}\\p{N}-]+){0,${PLACE_NOUNS - 1}}?\\s+(?:${alt("place_nouns")})(?:\\s+[\\p{L}\\p{N}-]+)?\\s+$`,
      "iu"
    ),
    placeNounAfter: new RegExp(`^\\s+(?:${alt("place_nouns")})${R}`, "iu"),
    // (An additive may stand between the speaker and its verb: "Kremlin juga mengonfirmasi".)
    speakerVerbAfter: new RegExp(`^\\s+(?:(?:${alt("additive_words")})\\s+)?(?:${alternationOf(pack.verbs.filter((v) => v.speaker === "before").map((v) => v.verb))})${R}`, "iu"),
    reportClauseStart: new RegExp(
      `^\\s*,\\s*(?:[\\p{L}\\p{N}.'’-]+\\s+){1,6}?(?:(?:${alt("additive_words")})\\s+)?(?:${alternationOf(pack.verbs.filter((v) => v.speaker === "before").map((v) => v.verb))})\\s*(?:,|(?:${alt("complementizers")})${R})`,
      "iu"
    ),
    speakerVerbBefore: new RegExp(`${L}(?:${alternationOf(pack.verbs.filter((v) => v.speaker === "after").map((v) => v.verb))})\\s+$`, "iu"),
    ownerEnd: new RegExp(`${L}(?:${alt("owner_words")})\\s+$`, "iu"),
    venueVerbEnd: endTest(`${L}(?:${alt("venue_verbs")})(?:\\s+[\\p{L}\\p{N}-]+){0,${DATE_WORDS}}?\\s+(?:${alt("venue_prepositions")})(?:\\s+[\\p{L}\\p{N}-]+){0,${PLACE_NOUNS}}\\s+`),
    durationDays(sentence) {
      const m = duration.exec(sentence);
      // Each frame has its own number group: the one that matched holds the number.
      const written = m?.slice(1).find((g) => g !== undefined);
      if (written === undefined) return null;
      return dayCounts.get(written.toLowerCase()) ?? Number(written);
    }
  };
}
