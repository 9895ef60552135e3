// A Frictionless Tabular Data Package (https://specs.frictionlessdata.io/data-package/) describing
// every table the pipeline writes. No timestamps: two runs on the same inputs must give the same bytes.
import { SCHEMA_VERSION, type TableSchema } from "./schemas.ts";

export interface DataPackageSource {
  title: string;
  path?: string;
}

/** How the tables are written: CSV (the published form) or Apache Parquet (`npm run extract -- --format parquet`). */
export type TableFormat = "csv" | "parquet";

/** What a reuser must know to read the CSVs back exactly: how cells that could run as a formula are written. */
export const CSV_FORMULA_NOTE =
  "Text cells that begin with =, +, -, @, a tab or a carriage return (after any apostrophes) are written with one more leading " +
  "apostrophe (') so that a spreadsheet shows them as text instead of running them as a formula; remove exactly one apostrophe " +
  "from a cell that starts with apostrophes followed by one of those characters to get the text as extracted. " +
  "Numbers are never prefixed.";

const PARQUET_NOTE = "The tables are Apache Parquet files, one per resource, with the same rows and values as the CSVs; text is stored as extracted (no apostrophe) and an empty CSV cell is a null.";

/** The outlets of the articles, once each and sorted: the package's `sources`. */
export function packageSources(articles: readonly { outlet: string }[]): DataPackageSource[] {
  return [...new Set(articles.map((article) => article.outlet).filter(Boolean))].sort().map((title) => ({ title }));
}

export function dataPackage(schemas: readonly TableSchema[], sources: DataPackageSource[], format: TableFormat = "csv"): object {
  return {
    profile: "tabular-data-package",
    name: "russia-dprk-meetings",
    title: "Russia–North Korea meetings, quotes and themes, extracted from news articles",
    description: format === "csv" ? CSV_FORMULA_NOTE : PARQUET_NOTE,
    version: SCHEMA_VERSION,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (the tables; quoted article text remains its outlet's)"
      }
    ],
    sources,
    resources: schemas.map((schema) => ({
      profile: "tabular-data-resource",
      name: schema.name,
      path: `${schema.name}.${format}`,
      title: schema.title,
      description: `One row is ${schema.row}.`,
      ...(format === "csv"
        ? {
            format: "csv",
            mediatype: "text/csv",
            encoding: "utf-8",
            dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true }
          }
        : { format: "parquet", mediatype: "application/vnd.apache.parquet" }),
      schema: {
        fields: schema.fields,
        ...(schema.primaryKey.length > 0 && { primaryKey: schema.primaryKey }),
        ...(schema.foreignKeys.length > 0 && { foreignKeys: schema.foreignKeys }),
        missingValues: [""]
      }
    }))
  };
}
