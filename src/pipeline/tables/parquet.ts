// The published tables as Apache Parquet, for archives too large for a CSV in a browser: DuckDB (in a page, or
// anywhere else) reads the typed columns directly. One file a table, columns in the schema's order, typed from
// the schema (schema.ts), so the Parquet and the CSV of a table hold the same rows and values.
import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from "hyparquet-writer";
import { dataPackage, packageSources } from "./datapackage.ts";
import { SCHEMA_VERSION, schemas, type Field, type TableSchema } from "./schemas.ts";

type Cell = string | number | boolean | null | undefined;

const DAY_MS = 86_400_000;

/**
 * A table's rows as a Parquet file. Frictionless missing values (an empty cell: "" or no value) are Parquet
 * nulls; integers are INT32 (offsets and counts, far below 2^31), numbers DOUBLE, dates DATE, the rest UTF-8
 * strings. Text is stored as it is: the `'` the CSV puts before a would-be spreadsheet formula is a CSV
 * precaution, and Parquet is never opened as a spreadsheet. No timestamps: the same rows give the same bytes.
 */
export function formatParquet(schema: TableSchema, rows: readonly object[]): Uint8Array {
  const columnData: ColumnSource[] = schema.fields.map((field) => ({
    name: field.name,
    data: rows.map((row) => parquetValue(field, (row as Record<string, Cell>)[field.name], schema.name)),
    nullable: true
  }));
  const elements: SchemaElement[] = [{ name: "schema", num_children: schema.fields.length }, ...schema.fields.map(schemaElement)];
  const buffer = parquetWriteBuffer({
    columnData,
    schema: elements,
    createdBy: `rus-dprk-meetings schema ${SCHEMA_VERSION}`,
    kvMetadata: [{ key: "table", value: schema.name }]
  });
  return new Uint8Array(buffer);
}

function schemaElement(field: Field): SchemaElement {
  const optional = { name: field.name, repetition_type: "OPTIONAL" } as const;
  switch (field.type) {
    case "integer":
      return { ...optional, type: "INT32" };
    case "number":
      return { ...optional, type: "DOUBLE" };
    case "boolean":
      return { ...optional, type: "BOOLEAN" };
    case "date":
      return { ...optional, type: "INT32", converted_type: "DATE" };
    default:
      return { ...optional, type: "BYTE_ARRAY", converted_type: "UTF8" };
  }
}

/** One cell in the column's Parquet type; throws, naming the table and column, on a value the type cannot hold. */
function parquetValue(field: Field, value: Cell, table: string): string | number | boolean | null {
  if (value === null || value === undefined || value === "") return null;
  const fail = (): never => {
    throw new Error(`${table}.${field.name}: ${JSON.stringify(value)} is not a ${field.type}`);
  };
  switch (field.type) {
    case "integer": {
      const n = Number(value);
      return Number.isInteger(n) && Math.abs(n) < 2 ** 31 ? n : fail();
    }
    case "number": {
      const n = Number(value);
      return Number.isFinite(n) ? n : null;
    }
    case "boolean":
      return typeof value === "boolean" ? value : value === "true" ? true : value === "false" ? false : fail();
    case "date": {
      const ms = Date.parse(`${String(value)}T00:00:00Z`);
      // Date.parse takes 30 February as 1 March: only a day that formats back to itself is a date.
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) && Number.isFinite(ms) && new Date(ms).toISOString().startsWith(String(value)) ? ms / DAY_MS : fail();
    }
    default:
      return String(value);
  }
}

/** datapackage.json describing the tables as Parquet files (format "parquet", media type application/vnd.apache.parquet). */
export function parquetDataPackage(articles: readonly { outlet: string }[]): string {
  return JSON.stringify(dataPackage(schemas, packageSources(articles), "parquet"), null, 2) + "\n";
}
