// The words the quotes stage reads from an article's language pack (data/lang/<lang>/*.csv), compiled once per
// pack: the rules in quotes.ts are about the shapes of reported speech, these lists say which words make them
// in each language.
import { alternationOf, perPack, type LanguagePack, type PackRow } from "../lang/pack.ts";
import { PhraseMatcher, wordMatcher } from "../lang/matcher.ts";
import { anyOf, escapeRegExp } from "../lang/regex.ts";
import { wordCount } from "./quote-text.ts";

export interface QuoteWords {
  /** Words opening a fronted adverbial chunk, which is never the subject (lower case). */
  fronted: ReadonlySet<string>;
  /** Words after which a name is an object or a companion, not the speaker (lower case). */
  objectMarkers: ReadonlySet<string>;
  /** Ends the speaker phrase after an inverted verb ("kata Putin kepada media"); `unnamed` also ends it before a name. */
  speakerPhraseEnd: RegExp;
  unknownSpeakerEnd: RegExp;
  /** A pronoun or a title with a determiner at the start of a chunk: refers back to the last speaker. */
  anaphor: RegExp;
  /** A title another title owns, with its determiner ("the president's spokesman"): someone unnamed, introduced there. */
  ownedTitle: RegExp;
  /**
   * An institution referred back to ("the ministry", "the news agency", "kementerian tersebut") at the start of a
   * text; its `noun` group holds the institution's noun, to find the organisation named before.
   */
  orgAnaphor: RegExp;
  /**
   * An organisation referred back to by its pronoun ("it") or by its report with a determiner ("the report",
   * "laporan itu") at the start of a text: the source last quoted or credited before speaks, never a person.
   */
  sourceAnaphor: RegExp;
  /** Words that make a verb passive ("was", "is"): "it is said" names nobody who said it (lower case). */
  passive: ReadonlySet<string>;
  /**
   * A description with a determiner ("the Kremlin aide", "ajudan Kremlin itu"): the description without it, else null
   * when no determiner stands before or after the phrase.
   */
  undetermined(phrase: string): string | null;
  /** A pronoun right after an inverted verb ("kata dia"). */
  pronounAfter: RegExp;
  /** A pronoun at `at` followed by white space ("he said"): the source for a lookahead at a position. */
  pronoun: RegExp;
  /** A person's pronoun's gender by the pronoun in lower case ("she": "f"; pronouns.csv gender); none for "ia", "dia". */
  pronounGenders: ReadonlyMap<string, string>;
  /** Several speakers at once ("Mereka", "Both sides"). */
  plural: RegExp;
  /** A second name joined to the subject ("dan", "and"). */
  joint: RegExp;
  /** A verb of showing or seeing ("showed", "memperlihatkan"): whom it shows is the subject of the verb after it. */
  showing: RegExp;
  /** A picture's noun anywhere in a phrase ("video clip", "State TV", "rekaman"): picture_nouns.csv. */
  pictureNounIn: PhraseMatcher<string>;
  /**
   * A word bearing a verb form's affix (verb_form_affixes.csv: "embracing", "memeluk") right after white space at
   * the start of a text: the name before it is that verb's subject.
   */
  verbFormStart: RegExp;
  /** A word of naming ("as", "called", "sebagai"): a short quotation after it is what the subject calls a thing. */
  naming: RegExp;
  /** A conjunction inside a phrase ("Korea Utara dan Rusia"): the phrase names several. */
  jointInside: RegExp;
  /** A conjunction ending the text between two verbs ("mengatakan … dan menekankan"). */
  jointEnd: RegExp;
  /** ", dan …" / "; " before a later clause with its own subject: all matches in a region. */
  clauseBreak: RegExp;
  /** A conjunction opening a clause and a subject of a few words ending the text between two verbs (", and he also ",
   * "… while Putin "; a conjunction of contrast with or without a comma before it): the second verb's clause is
   * another (clause_conjunctions.csv, contrast_conjunctions.csv). */
  newClauseEnd: RegExp;
  /** A conjunction of contrast, with or without a comma before it ("… while Putin said"): all matches in a region. */
  contrastBreak: RegExp;
  /**
   * A relative pronoun after a comma, and at most two adverbs, ending a text (", who told him", ", yang juga
   * mengatakan"): the clause's subject is the name before the comma.
   */
  relativeEnd: RegExp;
  /**
   * A relative pronoun whose clause has a subject of its own after it ("a meeting that American officials said …"):
   * all matches in a text, with the white space after them.
   */
  objectRelative: RegExp;
  /** A relative pronoun of that kind opening a text ("which the Kremlin said"), after white space. */
  objectRelativeStart: RegExp;
  /** A genitive ending right after a name ("Putin's spokesman"): the name is a possessor, not the subject. */
  genitiveStart: RegExp;
  /** A relative pronoun opening a text ("… sebagai "pahlawan" yang …"): what came before ends its clause. */
  relativeStart: RegExp;
  /** A clause told at a place named before it, opened by lang/<lang>/venue_relatives.csv ("…, where he …"). */
  venueClauseStart: RegExp;
  /** A word opening a subordinate clause with its own subject ("as", "ketika"): all matches in a text. */
  subordinator: RegExp;
  /** A subordinator opening a text ("…," as Kim stressed). */
  subordinatorStart: RegExp;
  /** A relay credit ("dilansir dari", "quoted by"): all matches in a text, in one scan however many there are. */
  relay: PhraseMatcher<string>;
  /** A relay noun within a few words after "according to" ("menurut laporan", "according to the sources"): a relay. */
  relayNounAfter: RegExp;
  /** A relay noun anywhere in a speaker phrase ("the report"). */
  relayNoun: PhraseMatcher<string>;
  /** The "according to" words (lower case). */
  accordingTo: ReadonlySet<string>;
  /** The length of a leading "according to X," or relay phrase opening a text, up to its comma and the spaces after
   * it; null when the text opens with none. */
  leadCredit(text: string): number | null;
  /** An outlet quoting someone ("mengutip", "quoted"): all matches in a region. */
  quoting: PhraseMatcher<string>;
  /** The same, at the start of a text only. */
  quotingAt: RegExp;
  /** Inverted verbs whose organisation credits the whole paragraph ("lapor KCNA") (lower case). */
  relayVerbs: ReadonlySet<string>;
  /** The marks right after these name something ("yang disebut", "so-called"): tested on the text before a mark. */
  termMarker: RegExp;
  /** A copula at the end of the text before a mark ("will be ", "adalah "): the quoted word is a predicate. */
  copulaEnd: RegExp;
  /** Only white space, commas, colons and a complementizer ("bahwa", "that") between a verb and its quotation. */
  bareLead: RegExp;
  /** An audience word opening a text ("kepada", "in"). */
  audienceStart: RegExp;
  /** A complementizer ("bahwa", "that") as a whole word anywhere. */
  complementizer: PhraseMatcher<string>;
  /**
   * The head of a reported clause after a verb: an audience phrase or a few words ("told reporters", "mengungkapkan
   * harapannya,") and the complementizer, or a comma. After a comma after the verb, only words set
   * between commas ("said, however, that"): in "the Kremlin said, dismissing speculation that …" the clause is the
   * speculation's, not what was said.
   */
  clauseHead: RegExp;
  /** Words that may stand before an organisation heading the subject ("the Kremlin", "pihak Kremlin"). */
  orgDeterminers: RegExp;
  /** Nouns for a person of an organisation ("Kremlin aide", "juru bicara"): with the organisation, an unnamed person. */
  personNouns: RegExp;
  /** A word written with its period ("Ms.", "Gen.": abbreviations.csv) and the space after it, opening a text. */
  abbreviatedStart: RegExp;
  /** The same nouns anywhere in a phrase, one or several words ("ministry spokesperson", "juru bicara kementerian"). */
  personNounIn: PhraseMatcher<string>;
  /** An institution's noun anywhere in a phrase ("intelligence agency", "badan intelijen"): org_nouns.csv. */
  orgNounIn: PhraseMatcher<string>;
  /**
   * The institution's nouns that stand for the state itself ("government", "pemerintah": org_nouns.csv's `state`):
   * a country they go with speaks as that country, not as an institution the lexicons lack.
   */
  stateNounIn: PhraseMatcher<string>;
  /** A person's title anywhere in a phrase ("head", "Kepala"): anaphor_titles.csv. */
  titleIn: PhraseMatcher<string>;
  /** A capitalised name, after at most one determiner, whose last word names a publication ("The New York Times"). */
  publicationName: RegExp;
  /** Words a title leaves in lower case ("of", "the", "dan") (lower case). */
  minor: ReadonlySet<string>;
  /** An article ending the text before quotation marks ("signed a "): the marks hold a name (lang/<lang>/name_determiners.csv). */
  nameDeterminerEnd: RegExp;
  /** An article and at most three describing words ending the text before quotation marks ("signing of a
   * Russian-North Korean "): with documentNameStart, the marks hold a document's name. */
  documentLead: RegExp;
  /** A document noun and a linking word opening a quotation ("treaty of …", "agreement on …"; lang/<lang>/document_nouns.csv,
   * document_name_links.csv): a document's name written in lower case. */
  documentNameStart: RegExp;
  /** Describing words (after a determiner or none) opening a text before an organisation's name ("the official ", "state-run "). */
  orgModifierLead: RegExp;
  /** A determiner alone opening a text before an organisation's name ("the "). */
  orgDeterminerLead: RegExp;
  /** "and" / "dan" between two names in a relay credit ("AFP dan Reuters"). */
  pairedCredit: RegExp;
  /** A contrast opening a sentence, and the white space after it ("Yet ", "Namun "): no part of the subject after it. */
  contrastStart: RegExp;
  /** A possessive pronoun before a noun ("his", "their") ending a text, with the white space after it. */
  possessiveEnd: RegExp;
  /**
   * Whether the words before a reporting verb (its sentence up to the verb) negate it, by modality.csv's negating
   * cues that stand before the word they govern, within their window: "Ushakov tidak menjelaskan …", "he did not
   * say …" report nothing.
   */
  negates(before: string): boolean;
  /** A country's adjective that is no place name ("Russian", "North Korean"): side_adjectives.csv, its country. */
  sideAdjectiveIn: PhraseMatcher<string>;
}

/** What follows a leading credit: a space, then up to a comma at most 80 characters on, and the spaces after it. */
const LEAD_REST = /^\s[^,]{1,80},\s*/u;
/** How many words the subject after a conjunction of contrast may have ("the Russian president Vladimir Putin"). */
const SUBJECT_WORDS = 5;
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

/** The letters at least of a verb form's stem besides its affix ("embrac-ing", "me-meluk"). */
const VERB_STEM_LETTERS = 3;

/** A word bearing one of `affixes` (verb_form_affixes.csv's prefixes and suffixes) after white space at a text's start. */
function verbFormStart(affixes: readonly PackRow[]): RegExp {
  const stem = `\\p{L}{${VERB_STEM_LETTERS},}`;
  const of = (position: string) => alternationOf(affixes.filter((r) => r.values.position === position).map((r) => r.word));
  return new RegExp(`^\\s+(?:(?:${of("prefix")})${stem}|${stem}(?:${of("suffix")}))${R}`, "iu");
}

/** The quote words of `pack`, compiled once. */
export const quoteWords = perPack(compile);

function compile(pack: LanguagePack): QuoteWords {
  const list = (kind: string): readonly string[] => pack.wordsIfAny(kind);
  const rows = (kind: string) => (pack.has(kind) ? pack.rows(kind) : []);
  const alt = (kind: string) => alternationOf(list(kind));
  const lower = (kind: string) => new Set(list(kind).map((w) => w.toLowerCase()));
  const endWords = rows("speaker_phrase_end");
  const always = alternationOf(endWords.filter((r) => r.values.when !== "unnamed").map((r) => r.word));
  const all = alternationOf(endWords.map((r) => r.word));
  const determiners = rows("anaphor_determiners");
  const before = alternationOf(determiners.filter((r) => r.values.position === "before").map((r) => r.word));
  const after = alternationOf(determiners.filter((r) => r.values.position === "after").map((r) => r.word));
  const titles = alt("anaphor_titles");
  // pronouns.csv's `refers` says whom a pronoun stands for: a person (the previous speaker) or an organisation.
  const pronounRows = rows("pronouns");
  const pronouns = alternationOf(pronounRows.filter((r) => r.values.refers !== "organisation").map((r) => r.word));
  const orgPronouns = alternationOf(pronounRows.filter((r) => r.values.refers === "organisation").map((r) => r.word));
  // "Menteri Rusia itu", "Sang Menteri", "the North Korean leader": a title phrase with a determiner. A title another
  // title owns ("the president's spokesman", "the minister's aide") is someone else of that person's, introduced
  // there, never the president or the minister spoken of before: no phrase referring back.
  const owned = `(?:${titles})['’]s${R}`;
  const titlePhrase =
    `(?:${before})\\s+(?:(?:(?!${owned})[^,.]){0,40}?\\s)?(?:${titles})${R}(?!['’]s${R})` +
    `|(?:(?:${before})\\s+)?(?:${titles})${R}[^,.]{0,40}?\\s(?:${after})${R}`;
  // "the ministry", "the defence ministry", "kementerian tersebut": an institution's noun with a determiner.
  const orgNouns = list("org_nouns");
  const orgNoun = `(?<noun>${alternationOf(orgNouns)})${R}`;
  const orgAnaphor = new RegExp(
    [
      before === "" ? "" : `^(?:${before})\\s+(?:[\\p{L}'’-]+\\s+){0,2}${orgNoun}(?!['’]s${R})`,
      after === "" ? "" : `^${orgNoun.replace("<noun>", "<noun2>")}(?:\\s+[\\p{L}'’-]+){0,2}\\s+(?:${after})${R}`
    ].filter((branch) => branch !== "" && orgNouns.length > 0).join("|") || "(?!)",
    "iu"
  );
  // "it", "the report", "laporan tersebut": an organisation's pronoun, or a determiner right before or after a
  // report's noun with nothing between (an empty list's alternation matches nothing, so its branch never fires).
  const reportNouns = alt("report_nouns");
  const sourceAnaphor = new RegExp(`^(?:${orgPronouns}|(?:${before})\\s+(?:${reportNouns})|(?:${reportNouns})\\s+(?:${after}))${R}`, "iu");
  const determinedPhrase = new RegExp(
    [before === "" ? "" : `^(?:${before})\\s+(?<a>\\S.*)$`, after === "" ? "" : `^(?<b>.*\\S)\\s+(?:${after})$`].filter((b) => b !== "").join("|") || "(?!)",
    "iu"
  );
  // A full stop ends a speaker phrase unless it closes a title's abbreviation ("lanjut Tn. Lavrov", "said Dr. Kim").
  const fullStop = `(?<!${L}(?:${alt("abbreviations")}))\\.`;
  const credit = wordMatcher([...list("according_to"), ...list("relays")]);
  const negators = pack.modality
    .filter((m) => m.kind === "negated" && m.position === "before" && m.window !== null)
    .map((m) => ({ regex: new RegExp(`${L}${escapeRegExp(m.cue).replace(/\s+/gu, "\\s+")}${R}`, "giu"), window: m.window! }));
  // Most clauses before a verb hold no negator: one test says so.
  const anyNegator = anyOf(negators.map((n) => n.regex));
  return {
    fronted: lower("fronted_words"),
    objectMarkers: lower("object_markers"),
    speakerPhraseEnd: new RegExp(`\\s(?:${always})\\s|[,;:!?()]|${fullStop}`, "iu"),
    unknownSpeakerEnd: new RegExp(`\\s(?:${all})\\s|[,;:!?()]|${fullStop}`, "iu"),
    orgAnaphor,
    anaphor: new RegExp(`^(?:(?:${pronouns})${R}|${titlePhrase})`, "iu"),
    ownedTitle: before === "" ? /(?!)/u : new RegExp(`^(?:${before})\\s+(?:[^,.]{0,40}?\\s)?${owned}\\s+(?:[^,.]{0,20}?\\s)?(?:${titles})${R}`, "iu"),
    sourceAnaphor,
    undetermined(phrase) {
      const m = determinedPhrase.exec(phrase.trim());
      return m === null ? null : (m.groups?.a ?? m.groups?.b ?? null);
    },
    passive: new Set(rows("passive_words").filter((r) => r.values.position === "before").map((r) => r.word.toLowerCase())),
    pronounGenders: new Map(pronounRows.filter((r) => r.values.refers !== "organisation" && (r.values.gender ?? "") !== "").map((r) => [r.word.toLowerCase(), r.values.gender!])),
    pronounAfter: new RegExp(`^\\s*(?:${pronouns})${R}`, "iu"),
    pronoun: new RegExp(`^(?:${pronouns})${R}`, "iu"),
    plural: new RegExp(`^(?:${alt("plural_subjects")})${R}`, "iu"),
    joint: new RegExp(`^\\s+(?:${alt("joint_conjunctions")})\\s`, "iu"),
    naming: pack.has("naming_words") ? new RegExp(`${L}(?:${alt("naming_words")})${R}`, "iu") : /(?!)/u,
    showing: pack.has("showing_verbs") ? new RegExp(`${L}(?:${alt("showing_verbs")})\\s+`, "iu") : /(?!)/u,
    pictureNounIn: wordMatcher(list("picture_nouns")),
    verbFormStart: verbFormStart(rows("verb_form_affixes")),
    jointInside: new RegExp(`\\s(?:${alt("joint_conjunctions")})\\s`, "iu"),
    jointEnd: new RegExp(`\\s+(?:${alt("joint_conjunctions")})\\s+$`, "iu"),
    newClauseEnd: new RegExp(`(?:,\\s*(?:${alt("clause_conjunctions")})|,?\\s+(?:${alt("contrast_conjunctions")}))(?:\\s+[^\\s,;:.!?"“”]+){1,${SUBJECT_WORDS}}\\s+$`, "iu"),
    contrastBreak: new RegExp(`${L}(?:${alt("contrast_conjunctions")})\\s+`, "giu"),
    clauseBreak: new RegExp(`(?:,\\s*(?:${alt("clause_conjunctions")})\\s+|;\\s*)`, "giu"),
    relativeEnd: new RegExp(`,\\s*(?:${alt("relative_pronouns")})(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, "iu"),
    objectRelative: new RegExp(`${L}(?:${alt("relative_objects")})\\s+`, "giu"),
    objectRelativeStart: new RegExp(`^\\s*(?:${alt("relative_objects")})\\s+`, "iu"),
    genitiveStart: new RegExp(`^(?:${alt("genitive_endings")})${R}`, "iu"),
    relativeStart: new RegExp(`^\\s*,?\\s*(?:${alt("relative_pronouns")})${R}`, "iu"),
    venueClauseStart: new RegExp(`^\\s*,?\\s*(?:${alt("venue_relatives")})${R}`, "iu"),
    subordinator: new RegExp(`${L}(?:${alt("subordinators")})\\s+`, "giu"),
    subordinatorStart: new RegExp(`^(?:${alt("subordinators")})\\s+`, "iu"),
    relay: wordMatcher(list("relays")),
    relayNounAfter: new RegExp(`^\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,3}?(?:${alt("relay_nouns")})${R}`, "iu"),
    relayNoun: wordMatcher(list("relay_nouns")),
    accordingTo: lower("according_to"),
    leadCredit(text) {
      // The longest credit at the start followed by a space and, within 80 characters, a comma (as the expression
      // /^(?:credit)\s[^,]{1,80},\s*/ found it, a shorter credit when the longer one leaves no room).
      const ends = credit
        .findEach(text)
        .filter((m) => m.start === 0)
        .map((m) => m.end)
        .sort((a, b) => b - a);
      for (const end of ends) {
        const rest = LEAD_REST.exec(text.slice(end));
        if (rest !== null) return end + rest[0].length;
      }
      return null;
    },
    quoting: wordMatcher(list("quoting_verbs")),
    quotingAt: new RegExp(`^(?:${alt("quoting_verbs")})${R}`, "iu"),
    relayVerbs: lower("relay_verbs"),
    termMarker: new RegExp(`${L}(?:${alt("term_markers")})$`, "iu"),
    copulaEnd: new RegExp(`${L}(?:${alt("copulas")})\\s*$`, "iu"),
    bareLead: new RegExp(`^[\\s,:]*(?:(?:${alt("complementizers")})${R})?[\\s,:]*$`, "iu"),
    audienceStart: new RegExp(`^\\s*(?:${alt("audience_words")})${R}`, "iu"),
    complementizer: wordMatcher(list("complementizers")),
    clauseHead: new RegExp(
      `^(?:[\\s:]*(?:(?:${alt("audience_words")})\\s[^,.]{0,80}?\\s|(?:[\\p{L}\\p{N}'’-]+[\\s,]+){1,5})|[\\s,:]*(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}[\\p{L}\\p{N}'’-]+\\s*,\\s*|[\\s,:]*)(?:${alt("complementizers")})\\s+|^[\\s,:]+`,
      "iu"
    ),
    orgDeterminers: new RegExp(`^(?:(?:${alt("org_determiners")})\\s*)+$`, "iu"),
    orgDeterminerLead: new RegExp(`^(?:${alt("org_determiners")})\\s+`, "iu"),
    orgModifierLead: new RegExp(`^(?:(?:${alt("org_determiners")})\\s+)?(?:(?:${alt("org_modifiers")})\\s+)+`, "iu"),
    personNouns: new RegExp(`^(?:${alt("person_nouns")})$`, "iu"),
    abbreviatedStart: new RegExp(`^(?:${alt("abbreviations")})\\.\\s+`, "iu"),
    personNounIn: wordMatcher(list("person_nouns")),
    orgNounIn: wordMatcher(orgNouns),
    stateNounIn: wordMatcher(rows("org_nouns").filter((r) => r.values.state === "yes").map((r) => r.word)),
    titleIn: wordMatcher(list("anaphor_titles")),
    // The publication's word as written (capitalised): "the times" and "a post" name no outlet.
    publicationName: new RegExp(`^(?:\\p{Ll}+\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*\\s+)+(?:${alt("publication_names")})$`, "u"),
    minor: lower("stop_words"),
    nameDeterminerEnd: new RegExp(`${L}(?:${alt("name_determiners")})\\s+$`, "iu"),
    documentLead: new RegExp(`${L}(?:${alt("name_determiners")})(?:\\s+[\\p{L}-]+){0,3}\\s+$`, "iu"),
    documentNameStart: new RegExp(`^(?:${alt("document_nouns")})\\s+(?:${alt("document_name_links")})${R}`, "iu"),
    pairedCredit: new RegExp(`[,&/]|\\s(?:${alt("joint_conjunctions")})\\s`, "iu"),
    negates(before) {
      return anyNegator(before) && negators.some(({ regex, window }) => {
        const at = [...before.matchAll(regex)].at(-1);
        return at !== undefined && wordCount(before.slice(at.index + at[0].length)) <= window;
      });
    },
    contrastStart: new RegExp(`^(?:${alt("contrast_openers")})\\s+(?=\\S)`, "iu"),
    possessiveEnd: new RegExp(`${L}(?:${alternationOf(rows("possessives").filter((r) => r.values.position === "before").map((r) => r.word))})\\s+$`, "iu"),
    sideAdjectiveIn: new PhraseMatcher(rows("side_adjectives").map((r) => [r.word, r.values.country ?? ""] as const))
  };
}


/** Light stemming for comparing two reports of one statement, from the pack's stem_affixes.csv. */
export interface Stemmer {
  stop: ReadonlySet<string>;
  stem(word: string): string;
}

/**
 * Particles come off first, then the longest suffix the word is long enough for, then the first prefix (in file
 * order) the word is long enough for and whose next letter it allows — so "dukungan" and "mendukung" meet.
 */
export const stemmerOf = perPack((pack): Stemmer => {
  const rows = pack.has("stem_affixes") ? pack.rows("stem_affixes") : [];
  const of = (affix: string) =>
    rows
      .filter((r) => r.values.affix === affix)
      .map((r) => ({ text: r.word.toLowerCase(), next: r.values.followed_by ?? "", rewrite: r.values.rewrite ?? "", min: Number(r.values.min_length || 0) }));
  const particles = of("particle").sort((a, b) => b.text.length - a.text.length);
  const suffixes = of("suffix").sort((a, b) => b.text.length - a.text.length);
  const prefixes = of("prefix");
  const stop = new Set(pack.wordsIfAny("stop_words").map((w) => w.toLowerCase()));
  return {
    stop,
    stem(word) {
      let w = word;
      const particle = particles.find((p) => w.endsWith(p.text));
      if (particle !== undefined) w = w.slice(0, -particle.text.length);
      const suffix = suffixes.find((s) => w.length >= s.min && w.endsWith(s.text));
      if (suffix !== undefined) w = w.slice(0, -suffix.text.length);
      const prefix = prefixes.find((p) => w.length >= p.min && w.startsWith(p.text) && (p.next === "" || p.next.includes(w[p.text.length] ?? "")));
      if (prefix !== undefined) w = prefix.rewrite + w.slice(prefix.text.length);
      return w;
    }
  };
});
