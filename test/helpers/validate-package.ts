// Checks a Frictionless Tabular Data Package against the CSVs it describes: the descriptor's
// required properties, each header against its fields, every cell against its type and
// constraints, primary keys unique, and every foreign key resolving. Returns the problems found.
import { parseCsv } from "../../src/pipeline/csv.ts";

interface FieldDescriptor {
  name: string;
  type: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

interface ResourceDescriptor {
  name: string;
  path: string;
  profile?: string;
  schema: {
    fields: FieldDescriptor[];
    primaryKey?: string[];
    foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
    missingValues?: string[];
  };
}

const checks: Record<string, (value: string) => boolean> = {
  string: () => true,
  integer: (value) => /^-?\d+$/.test(value),
  number: (value) => value.trim() !== "" && Number.isFinite(Number(value)),
  boolean: (value) => value === "true" || value === "false",
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  yearmonth: (value) => /^\d{4}-\d{2}$/.test(value),
  year: (value) => /^\d{4}$/.test(value)
};

export function validatePackage(descriptor: unknown, files: Map<string, string>): string[] {
  const problems: string[] = [];
  const pkg = descriptor as { name?: string; profile?: string; licenses?: unknown[]; resources?: ResourceDescriptor[] };
  if (typeof pkg.name !== "string" || !/^[a-z0-9._-]+$/.test(pkg.name)) problems.push("package name missing or not lower-case");
  if (pkg.profile !== "tabular-data-package") problems.push("profile is not tabular-data-package");
  if (!Array.isArray(pkg.licenses) || pkg.licenses.length === 0) problems.push("no licence");
  if (!Array.isArray(pkg.resources) || pkg.resources.length === 0) return [...problems, "no resources"];
  const tables = new Map<string, Array<Record<string, string>>>();
  for (const resource of pkg.resources) {
    const where = `resource ${resource.name}`;
    const text = files.get(resource.path);
    if (text === undefined) {
      problems.push(`${where}: no file ${resource.path}`);
      continue;
    }
    const { header, rows } = parseCsv(text, resource.path);
    const fields = resource.schema.fields;
    const names = fields.map((field) => field.name);
    if (header.join() !== names.join()) problems.push(`${where}: header ${header.join()} ≠ fields ${names.join()}`);
    const missing = new Set(resource.schema.missingValues ?? [""]);
    for (const field of fields) {
      if (!(field.type in checks)) problems.push(`${where}.${field.name}: unknown type ${field.type}`);
      if (!field.description) problems.push(`${where}.${field.name}: no description`);
      const seen = new Set<string>();
      const pattern = field.constraints?.pattern === undefined ? null : new RegExp(`^(?:${field.constraints.pattern})$`, "u");
      for (const { line, values } of rows) {
        const value = values[field.name] ?? "";
        const at = `${resource.path} line ${line}, ${field.name} '${value}'`;
        if (missing.has(value)) {
          if (field.constraints?.required) problems.push(`${at}: required`);
          continue;
        }
        if (!(checks[field.type]?.(value) ?? true)) problems.push(`${at}: not a ${field.type}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value)) problems.push(`${at}: not in enum`);
        if (pattern && !pattern.test(value)) problems.push(`${at}: does not match ${field.constraints?.pattern}`);
        if (field.constraints?.minimum !== undefined && Number(value) < field.constraints.minimum) problems.push(`${at}: below minimum`);
        if (field.constraints?.unique) {
          if (seen.has(value)) problems.push(`${at}: not unique`);
          seen.add(value);
        }
      }
    }
    const key = resource.schema.primaryKey;
    if (key !== undefined) {
      const seen = new Set<string>();
      for (const { line, values } of rows) {
        const id = JSON.stringify(key.map((name) => values[name]));
        if (seen.has(id)) problems.push(`${resource.path} line ${line}: primary key ${id} repeats`);
        seen.add(id);
      }
    }
    tables.set(resource.name, rows.map((row) => row.values));
  }
  for (const resource of pkg.resources) {
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const target = tables.get(foreignKey.reference.resource);
      if (target === undefined) {
        problems.push(`${resource.name}: foreign key to missing resource ${foreignKey.reference.resource}`);
        continue;
      }
      const keys = new Set(target.map((row) => JSON.stringify(foreignKey.reference.fields.map((name) => row[name]))));
      for (const row of tables.get(resource.name) ?? []) {
        const values = foreignKey.fields.map((name) => row[name] ?? "");
        if (values.every((value) => value === "")) continue;
        if (!keys.has(JSON.stringify(values))) {
          problems.push(`${resource.name}: ${foreignKey.fields.join(",")} ${values.join(",")} not found in ${foreignKey.reference.resource}`);
        }
      }
    }
  }
  return problems;
}
