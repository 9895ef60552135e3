// A Frictionless Tabular Data Package (https://specs.frictionlessdata.io/data-package/) describing
// every table the pipeline writes. No timestamps: two runs on the same inputs must give the same bytes.
import { SCHEMA_VERSION, type TableSchema } from "./schema.ts";

export interface DataPackageSource {
  title: string;
  path?: string;
}

export function dataPackage(schemas: TableSchema[], sources: DataPackageSource[]): object {
  return {
    profile: "tabular-data-package",
    name: "russia-dprk-meetings",
    title: "Russia–North Korea meetings, quotes and themes, extracted from news articles",
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
      path: `${schema.name}.csv`,
      title: schema.title,
      description: `One row is ${schema.row}.`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: schema.fields,
        ...(schema.primaryKey.length > 0 && { primaryKey: schema.primaryKey }),
        ...(schema.foreignKeys.length > 0 && { foreignKeys: schema.foreignKeys }),
        missingValues: [""]
      }
    }))
  };
}
