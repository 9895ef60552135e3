// The shapes an article's reading passes between its stages: a trigger found in a sentence (TriggerHit), one
// sentence's report of a meeting (Group), that report once the article as a whole has placed it (Resolved), and the
// row the mentions table keeps (Mention). The stages: triggers.ts, sentence-groups.ts, resolve.ts, mentions.ts.
import type { Anchor, DatePrecision } from "../dates.ts";
import type { LanguagePack } from "../lang/pack.ts";
import type { Person, Place } from "../recognise/gazetteer.ts";
import type { EntityMention } from "../recognise/recognise.ts";
import type { Article, Sentence } from "../types.ts";
import type { OwnDate } from "./timing/counted.ts";
import type { Cameo, EventType, Lexicons, Trigger } from "./lexicon.ts";

export type MentionRole = "main" | "background" | "planned";

export interface Mention {
  /** `${article_id}-m${nn}`, numbered in reading order. */
  mention_id: string;
  article_id: string;
  /** Filled by the events stage; empty for planned mentions and for mentions no event takes. */
  event_id: string;
  event_type: EventType;
  cameo: Cameo;
  date_start: string;
  date_end: string;
  date_precision: DatePrecision | "";
  /** The date expression as written in the sentence; empty when the date was carried over. */
  date_text: string;
  /** What the date was resolved against or taken from: an anchor's text, "report date", "carried over from …". */
  date_anchor: string;
  venue_id: string;
  role: MentionRole;
  char_start: number;
  char_end: number;
  /** The sentence, exactly `text.slice(char_start, char_end)`. */
  evidence: string;
  /** ISO alpha-3; empty when the mention does not say who travelled. */
  host_country: string;
  guest_country: string;
  /** Person ids of the participants, sorted. */
  people: string[];
  sentence_id: string;
  /** The trigger words, as written. */
  triggers: string[];
}

export interface MentionContext {
  /** The article's language pack: its triggers and modality cues, and the words the rules read. */
  pack: LanguagePack;
  lexicons: Lexicons;
  people: ReadonlyMap<string, Person>;
  places: ReadonlyMap<string, Place>;
  /** The ISO alpha-3 codes of the relationship's two sides: only meetings between their people count. */
  sides: Sides;
}

/** The two sides whose meetings the corpus is about, as ISO alpha-3 codes (data/relationship.csv). */
export type Sides = readonly [string, string];

export interface ArticleInput {
  article: Pick<Article, "article_id" | "text" | "published">;
  sentences: readonly Sentence[];
  /** The recogniser's people and places in these sentences. */
  entities: readonly EntityMention[];
  anchor: Anchor | null;
}

export const TRAVEL: ReadonlySet<EventType> = new Set(["visit", "arrival", "departure"]);
export interface TriggerHit {
  trigger: Trigger;
  start: number;
  end: number;
  text: string;
  planned: boolean;
  /** Planned only as the event the sentence's own came ahead of ("menjelang KTT …"): see MODALITY_KINDS. */
  ahead: boolean;
  /** Planned only because an invitation governs it (invitation.ts): an anaphor so planned is its referent's. */
  invited: boolean;
  /** Planned as what a journey before it in the sentence is for ("tiba di Moskow untuk bertemu Lavrov"): the journey's
   * purpose, which happened with the journey when the article recalls it (recalled-purpose.ts). */
  purpose?: boolean;
  background: boolean;
  anaphoric: boolean;
  /** Anaphoric only by a time anaphor opening its sentence ("Saat itu, …", "At that time, …"): the whole sentence is
   * at that time, so its meeting words are no separate events for it. */
  timeAnaphor?: boolean;
  /** A proximal demonstrative ("kunjungan ini", "this visit"): the article's own news, not the last event named. */
  proximal: boolean;
  /** A passive form ("was greeted by", "dijamu"): its subject is the one received. */
  passive: boolean;
  continuing: boolean;
  /** The event an anniversary marks ("memperingati satu tahun penandatanganan"): dated by no date of its sentence. */
  marked: boolean;
  /** The places it goes to, arrives at or leaves, finest first. */
  venues: Place[];
  /** A departure from the place it names ("left Pyongyang", not "left for Moscow"): its day ends the visit. */
  leaving: boolean;
  /** Right after an occasion cue ("agreements reached during the visit"): when something else was done. */
  occasion: boolean;
  /** Inside what someone is reported to have said ("X said that Kim, at the recent meeting with …"): backshift.ts. */
  spoken?: boolean;
}

export interface Group {
  sentence: Sentence;
  hits: TriggerHit[];
  planned: boolean;
  /** Planned only as what the sentence's own event came ahead of (TriggerHit.ahead). */
  ahead: boolean;
  background: boolean;
  anaphoric: boolean;
  proximal: boolean;
  continuing: boolean;
  summitAnaphor: boolean;
  /** Whether the group's span says the meeting is of both countries ("between the two countries"), whoever it names. */
  bothCountries: boolean;
  people: Set<string>;
  /** Position of the first participant before the first trigger, for who hosts a reception. */
  subjectCountry: string;
  venue: Place | null;
  /** The side that travels, when the clause says so whoever else it names: a delegation named as the subject
   * ("Rombongan Korea Utara tiba …", delegation.ts) or the guest of a passive greeting with no subject named
   * ("Kedatangannya disambut oleh No Kwang Chol"); "" for none. */
  travellers: string;
  /** Whether the group's clause names a country of neither side ("pembicaraan nuklir dengan AS") and not both sides'
   * countries (people/others-named.ts): talks of others. */
  foreign: boolean;
  /** Whether such a country follows a trigger of the group closely, named as a country, not after a venue's
   * preposition nor as its government's owner ("six summits so far between Russia and South Korea", not "present in
   * Ukraine", "South Korea's minister"): the meeting's other party. */
  foreignPartner: boolean;
  /** Whether the date is bound to a trigger ("September's summit", "since April 2019, when … summit"). */
  dateBound: boolean;
  /** The venue's country when it is neither side's: the two sides met on a third country's soil. */
  thirdCountry: string;
  date: OwnDate | null;
  pluralAnaphor: boolean;
  /** Whether the group's subject is a pronoun ("He was met by …", "Dia disambut …") and nothing else points back. */
  pronounSubject: boolean;
  /** Whether an object pronoun after a comitative follows a trigger ("a meeting with him"): object-pronoun.ts. */
  objectPronoun: boolean;
  /** Whether the group is a clause about another event before or after the sentence's own ("…, a month after …"). */
  aside: boolean;
  /** Whether that clause is about a later event, named as when the sentence's own happened ("a day before the summit"). */
  later: boolean;
  /** Whether an additive word ("also", "juga") stands before the group's trigger in its clause ("X and Y also arrived"). */
  additive: boolean;
  /** Whether a word of sequel ("kemudian", "afterwards") stands before the group's trigger in its clause. */
  sequel: boolean;
  /** 'Ahead of the summit', 'Menjelang KTT': the trigger is the meeting a clause is placed before (before_event_words). */
  beforeEvent: boolean;
  /** The sentence compares the news with an earlier meeting ('last met', 'pertama kali bertemu'): anaphor-recap.ts. */
  comparison: boolean;
  /** The sentence opens with a contrast ('But', 'Namun'): anaphor-recap.ts. */
  contrast: boolean;
  /** The sentence is marked as the news's present ('This time', 'Kali ini'): history-paragraph.ts. */
  present: boolean;
  /** Whether a group noun of non-officials ("tourists", "pasukan") stands before the group's trigger in its clause. */
  nonOfficials: boolean;
  /** Whether a third country's official opens the subject before the group's trigger (foreign-subject.ts). */
  foreignSubject: boolean;
  /** A member of the trigger's pair is a third country's official ("Kim and Chinese President Xi held talks"). */
  foreignPair: boolean;
  /** People of neither side named in the group's span whom the sentence does not make participants (thirdPartiesApart). */
  apart: ReadonlySet<string>;
}

export interface Resolved {
  group: Group;
  role: MentionRole;
  date: { start: string; end: string; precision: DatePrecision; text: string; anchor: string } | null;
  host: string;
  guest: string;
  venue: Place | null;
  people: Set<string>;
}

export function dateOf(d: OwnDate): NonNullable<Resolved["date"]> {
  const m = d.mention;
  return { start: m.date_start, end: m.date_end, precision: m.precision, text: m.text, anchor: d.anchorText };
}
