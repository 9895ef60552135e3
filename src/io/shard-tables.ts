// The rows a shard hands to the merge (src/io/shards.ts), one Parquet file a kind: everything the global stages
// read of its articles, and no article text beyond what a row already quotes. Each column list is typed against
// the stage's row type, so a field added to a stage without a column here fails the type check instead of
// vanishing between shard and merge.
import { parquetWriteBuffer, type ColumnSource } from "hyparquet-writer";
import type { Anchor } from "../pipeline/dates.ts";
import type { Mention } from "../pipeline/events/mentions.ts";
import type { ArticleRows } from "../pipeline/pipeline.ts";
import type { Quote } from "../pipeline/quotes/quotes.ts";
import type { EntityMention } from "../pipeline/recognise/recognise.ts";
import type { UnlistedPerson } from "../pipeline/recognise/unlisted.ts";
import type { Article, Finding, Sentence } from "../pipeline/types.ts";

/** A column's Parquet type: UTF-8 text, a 32-bit integer (offsets, counts), one that may be null, or a list as JSON. */
type Kind = "string" | "integer" | "integer?" | "json";

export type Columns<T> = { readonly [K in keyof T]-?: Kind };

/** Where a row sits among its article's rows (and, for findings, which stage reported it): the merge's order. */
interface Place {
  article_id: string;
  seq: number;
}

export type Stage = "ingest" | "clean" | "quote";

export type ShardArticle = Omit<Article, "text">;
export type ShardFinding = Finding & Place & { stage: Stage };
type ShardSentence = Sentence & Place;
type ShardAnchor = Anchor & Place;
// (A namesake's bearer is read within the article only: unknown people are no rows.)
type ShardEntity = Omit<EntityMention, "bearer"> & Place;
type ShardUnlisted = UnlistedPerson & Place;
type ShardMention = Mention & Place;
type ShardQuote = Quote & Place;

const articleColumns: Columns<ShardArticle> = {
  article_id: "string",
  file: "string",
  outlet: "string",
  url: "string",
  language: "string",
  published: "string",
  published_precision: "string",
  title: "string",
  chars: "integer",
  sha256: "string",
  encoding: "string",
  status: "string"
};

const findingColumns: Columns<ShardFinding> = {
  stage: "string",
  article_id: "string",
  seq: "integer",
  file: "string",
  severity: "string",
  code: "string",
  message: "string",
  line: "integer?"
};

const sentenceColumns: Columns<ShardSentence> = {
  article_id: "string",
  seq: "integer",
  sentence_id: "string",
  paragraph: "integer",
  index: "integer",
  start: "integer",
  end: "integer",
  text: "string"
};

const anchorColumns: Columns<ShardAnchor> = { article_id: "string", seq: "integer", date: "string", precision: "string", source: "string", text: "string", flags: "json" };

const entityColumns: Columns<ShardEntity> = {
  article_id: "string",
  seq: "integer",
  kind: "string",
  id: "string",
  start: "integer",
  end: "integer",
  text: "string",
  via: "string",
  sentence_id: "string"
};

/** An official the gazetteer lacks, as the article that names them gives them (recognise/unlisted.ts). */
const unlistedColumns: Columns<ShardUnlisted> = {
  article_id: "string",
  seq: "integer",
  person_id: "string",
  name: "string",
  country: "string",
  role: "string",
  level: "string",
  notes: "string",
  died: "string",
  gender: "string",
  line: "integer"
};

const mentionColumns: Columns<ShardMention> = {
  article_id: "string",
  seq: "integer",
  mention_id: "string",
  event_id: "string",
  event_type: "string",
  cameo: "string",
  date_start: "string",
  date_end: "string",
  date_precision: "string",
  date_text: "string",
  date_anchor: "string",
  venue_id: "string",
  role: "string",
  char_start: "integer",
  char_end: "integer",
  evidence: "string",
  host_country: "string",
  guest_country: "string",
  people: "json",
  sentence_id: "string",
  triggers: "json"
};

const quoteColumns: Columns<ShardQuote> = {
  article_id: "string",
  seq: "integer",
  quote_id: "string",
  event_id: "string",
  speaker_id: "string",
  speaker_text: "string",
  speaker_kind: "string",
  kind: "string",
  cue: "string",
  attribution: "string",
  via: "string",
  quote_group: "string",
  text: "string",
  char_start: "integer",
  char_end: "integer",
  sentence_id: "string",
  paragraph: "integer"
};

/** Each shard table's file name and columns. The per-article tables are read back in (article_id, seq) order. */
export const shardTables = {
  articles: articleColumns,
  findings: findingColumns,
  sentences: sentenceColumns,
  anchors: anchorColumns,
  entities: entityColumns,
  unlisted: unlistedColumns,
  mentions: mentionColumns,
  quotes: quoteColumns
} as const;

export type ShardTable = keyof typeof shardTables;

const PARQUET_TYPE = { string: "STRING", integer: "INT32", "integer?": "INT32", json: "JSON" } as const;

/** One shard table as Parquet: no timestamps, so the same rows give the same bytes. */
export function shardParquet<T extends object>(columns: Columns<T>, rows: readonly T[]): Uint8Array {
  const columnData: ColumnSource[] = (Object.entries(columns) as Array<[keyof T & string, Kind]>).map(([name, kind]) => ({
    name,
    type: PARQUET_TYPE[kind],
    data: rows.map((row) => row[name] as never),
    nullable: kind === "integer?"
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: "rus-dprk-meetings shard" }));
}

/** A row as DuckDB returns it, turned back into the stage's row: JSON lists parsed, only the columns `fields`
 * (the merge's order columns left out). */
export function fromShard<T, K extends keyof T & string>(columns: Columns<T>, fields: readonly K[], row: Record<string, unknown>): Pick<T, K> {
  const out: Record<string, unknown> = {};
  for (const name of fields) {
    const value = row[name];
    out[name] = columns[name] === "json" ? JSON.parse(String(value)) : value;
  }
  return out as Pick<T, K>;
}

/** A table's columns but `without`. */
export function fieldsOf<T, K extends keyof T & string = never>(columns: Columns<T>, ...without: K[]): Array<Exclude<keyof T & string, K>> {
  return (Object.keys(columns) as Array<keyof T & string>).filter((name): name is Exclude<keyof T & string, K> => !(without as string[]).includes(name));
}

/** The shard tables of some articles' rows (pipeline.ts: articleRows, so no sentence text but what links a quote). */
export function shardRows(rows: readonly ArticleRows[]): {
  findings: ShardFinding[];
  sentences: ShardSentence[];
  anchors: ShardAnchor[];
  entities: ShardEntity[];
  unlisted: ShardUnlisted[];
  mentions: ShardMention[];
  quotes: ShardQuote[];
} {
  const out = { findings: [] as ShardFinding[], sentences: [] as ShardSentence[], anchors: [] as ShardAnchor[], entities: [] as ShardEntity[], unlisted: [] as ShardUnlisted[], mentions: [] as ShardMention[], quotes: [] as ShardQuote[] };
  for (const r of rows) {
    const place = <T extends object>(list: readonly T[], into: Array<T & Place>, extra: object = {}) => list.forEach((row, seq) => into.push({ ...row, ...extra, article_id: r.article_id, seq }));
    place(r.cleanFindings, out.findings, { stage: "clean" });
    place(r.quoteFindings, out.findings, { stage: "quote" });
    place(r.sentences, out.sentences);
    if (r.anchor !== null) place([r.anchor], out.anchors);
    place(r.entities, out.entities);
    // died and gender: "" rather than absent, so that the Parquet column holds text in every row.
    place(r.unlisted.map((p) => ({ ...p, died: p.died ?? "", gender: p.gender ?? "" })), out.unlisted);
    place(r.mentions, out.mentions);
    place(r.quotes, out.quotes);
  }
  return out;
}

