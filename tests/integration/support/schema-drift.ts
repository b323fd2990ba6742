// Compares what prisma/schema.prisma describes with what the migrations built, so a
// hand-written migration that drifts from the schema fails a test instead of a query
// in production. Reads the schema through Prisma's own parser (its WebAssembly build,
// which needs no engine download) and the database through pg_catalog.
import { createRequire } from "node:module";
import type pg from "pg";

const require = createRequire(import.meta.url);
const prismaSchemaWasm = require("@prisma/prisma-schema-wasm") as { get_dmmf: (params: string) => string };

export interface TableShape {
  columns: Record<string, { type: string; nullable: boolean }>;
  primaryKey: string;
  uniques: string[];
  foreignKeys: string[];
}

export interface SchemaShape {
  tables: Record<string, TableShape>;
  enums: Record<string, string[]>;
}

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { fields: string[] } | null;
  uniqueFields: string[][];
}

interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
  };
}

const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Boolean: "bool",
  DateTime: "timestamp(3)",
  Float: "float8",
  Decimal: "numeric(65,30)",
  Json: "jsonb",
  Bytes: "bytea",
};

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Text: () => "text",
  VarChar: ([n]) => (n ? `varchar(${n})` : "varchar"),
  Char: ([n]) => `bpchar(${n ?? 1})`,
  Uuid: () => "uuid",
  Timestamptz: ([p]) => `timestamptz(${p ?? 6})`,
  Timestamp: ([p]) => `timestamp(${p ?? 6})`,
  Date: () => "date",
  SmallInt: () => "int2",
  Integer: () => "int4",
  BigInt: () => "int8",
  Inet: () => "inet",
  Citext: () => "citext",
  JsonB: () => "jsonb",
  Json: () => "json",
  ByteA: () => "bytea",
  Boolean: () => "bool",
  DoublePrecision: () => "float8",
  Real: () => "float4",
  Decimal: ([p, s]) => `numeric(${p},${s})`,
};

const ON_DELETE: Record<string, string> = {
  a: "NoAction",
  r: "Restrict",
  c: "Cascade",
  n: "SetNull",
  d: "SetDefault",
};

export function expectedSchema(schemaText: string): SchemaShape {
  const dmmf = JSON.parse(
    prismaSchemaWasm.get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schemaText]] })),
  ) as Dmmf;
  const enumDbNames = new Map(dmmf.datamodel.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const modelsByName = new Map(dmmf.datamodel.models.map((m) => [m.name, m]));
  const column = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((f) => f.name === fieldName);
    return field?.dbName ?? fieldName;
  };

  const tables: Record<string, TableShape> = {};
  for (const model of dmmf.datamodel.models) {
    const table: TableShape = { columns: {}, primaryKey: "", uniques: [], foreignKeys: [] };
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = modelsByName.get(field.type);
          if (!target) throw new Error(`Unknown related model ${field.type}`);
          const from = field.relationFromFields.map((f) => column(model, f)).join(",");
          const to = (field.relationToFields ?? []).map((f) => column(target, f)).join(",");
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          table.foreignKeys.push(`(${from}) -> ${target.dbName ?? target.name}(${to}) on delete ${onDelete}`);
        }
        continue;
      }
      const base =
        field.kind === "enum"
          ? (enumDbNames.get(field.type) ?? field.type)
          : field.nativeType
            ? (NATIVE_TYPES[field.nativeType[0]]?.(field.nativeType[1]) ?? field.nativeType[0].toLowerCase())
            : (DEFAULT_TYPES[field.type] ?? field.type);
      table.columns[field.dbName ?? field.name] = {
        type: field.isList ? `${base}[]` : base,
        nullable: !field.isRequired,
      };
      if (field.isId) table.primaryKey = field.dbName ?? field.name;
      if (field.isUnique) table.uniques.push(field.dbName ?? field.name);
    }
    if (model.primaryKey) table.primaryKey = model.primaryKey.fields.map((f) => column(model, f)).join(",");
    for (const fields of model.uniqueFields)
      table.uniques.push(fields.map((f) => column(model, f)).join(","));
    table.uniques.sort();
    table.foreignKeys.sort();
    tables[model.dbName ?? model.name] = table;
  }

  const enums = Object.fromEntries(
    dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]),
  );
  return { tables, enums };
}

export async function actualSchema(client: pg.Client | pg.PoolClient): Promise<SchemaShape> {
  const tables: Record<string, TableShape> = {};
  const { rows: columns } = await client.query<{
    table_name: string;
    column_name: string;
    is_nullable: "YES" | "NO";
    data_type: string;
    udt_name: string;
    character_maximum_length: number | null;
    datetime_precision: number | null;
    numeric_precision: number | null;
    numeric_scale: number | null;
  }>(`
    SELECT c.table_name, c.column_name, c.is_nullable, c.data_type, c.udt_name,
           c.character_maximum_length, c.datetime_precision, c.numeric_precision, c.numeric_scale
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
    ORDER BY c.table_name, c.ordinal_position`);
  for (const col of columns) {
    const table = (tables[col.table_name] ??= { columns: {}, primaryKey: "", uniques: [], foreignKeys: [] });
    const udt = col.data_type === "ARRAY" ? col.udt_name.slice(1) : col.udt_name;
    let type = udt;
    if (udt === "varchar")
      type = col.character_maximum_length ? `varchar(${col.character_maximum_length})` : "varchar";
    else if (udt === "bpchar") type = `bpchar(${col.character_maximum_length})`;
    else if (udt === "timestamptz" || udt === "timestamp") type = `${udt}(${col.datetime_precision})`;
    else if (udt === "numeric") type = `numeric(${col.numeric_precision},${col.numeric_scale})`;
    table.columns[col.column_name] = {
      type: col.data_type === "ARRAY" ? `${type}[]` : type,
      nullable: col.is_nullable === "YES",
    };
  }

  const { rows: constraints } = await client.query<{
    table_name: string;
    kind: "p" | "u" | "f";
    columns: string[];
    foreign_table: string | null;
    foreign_columns: string[] | null;
    on_delete: string;
  }>(`
    SELECT rel.relname AS table_name, con.contype AS kind,
           ARRAY(SELECT att.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = k.num ORDER BY k.ord)::text[] AS columns,
           frel.relname AS foreign_table,
           ARRAY(SELECT att.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute att ON att.attrelid = con.confrelid AND att.attnum = k.num ORDER BY k.ord)::text[] AS foreign_columns,
           con.confdeltype AS on_delete
    FROM pg_constraint con
    JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_namespace ns ON ns.oid = rel.relnamespace
    LEFT JOIN pg_class frel ON frel.oid = con.confrelid
    WHERE ns.nspname = 'public' AND con.contype IN ('p', 'u', 'f') AND rel.relname <> '_prisma_migrations'`);
  for (const con of constraints) {
    const table = tables[con.table_name];
    if (!table) continue;
    if (con.kind === "p") table.primaryKey = con.columns.join(",");
    if (con.kind === "u") table.uniques.push(con.columns.join(","));
    if (con.kind === "f") {
      table.foreignKeys.push(
        `(${con.columns.join(",")}) -> ${con.foreign_table}(${(con.foreign_columns ?? []).join(",")}) on delete ${ON_DELETE[con.on_delete] ?? con.on_delete}`,
      );
    }
  }

  // Prisma writes @unique and @@unique as unique indexes rather than constraints.
  // Partial and expression indexes cannot be expressed in schema.prisma and are left out.
  const { rows: uniqueIndexes } = await client.query<{ table_name: string; columns: string[] }>(`
    SELECT tbl.relname AS table_name,
           ARRAY(SELECT att.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)
                 JOIN pg_attribute att ON att.attrelid = ix.indrelid AND att.attnum = k.num ORDER BY k.ord)::text[] AS columns
    FROM pg_index ix
    JOIN pg_class tbl ON tbl.oid = ix.indrelid
    JOIN pg_namespace ns ON ns.oid = tbl.relnamespace
    WHERE ns.nspname = 'public' AND ix.indisunique AND NOT ix.indisprimary
      AND ix.indpred IS NULL AND ix.indexprs IS NULL
      AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)`);
  for (const index of uniqueIndexes) tables[index.table_name]?.uniques.push(index.columns.join(","));

  for (const table of Object.values(tables)) {
    table.uniques.sort();
    table.foreignKeys.sort();
  }

  const { rows: enumRows } = await client.query<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace ns ON ns.oid = t.typnamespace
    WHERE ns.nspname = 'public' GROUP BY t.typname`);
  const enums = Object.fromEntries(enumRows.map((row) => [row.name, row.labels]));
  return { tables, enums };
}

/** Human-readable differences; empty when the two agree. */
export function diffSchemas(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  const names = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

  for (const tableName of names(expected.tables, actual.tables)) {
    const want = expected.tables[tableName];
    const have = actual.tables[tableName];
    if (!want) {
      problems.push(`table ${tableName} exists in the database but not in schema.prisma`);
      continue;
    }
    if (!have) {
      problems.push(`table ${tableName} is in schema.prisma but no migration creates it`);
      continue;
    }
    for (const columnName of names(want.columns, have.columns)) {
      const w = want.columns[columnName];
      const h = have.columns[columnName];
      if (!w) problems.push(`${tableName}.${columnName} exists in the database but not in schema.prisma`);
      else if (!h) problems.push(`${tableName}.${columnName} is in schema.prisma but not in the database`);
      else {
        if (w.type !== h.type)
          problems.push(`${tableName}.${columnName} type: schema ${w.type}, database ${h.type}`);
        if (w.nullable !== h.nullable)
          problems.push(
            `${tableName}.${columnName} is ${w.nullable ? "optional" : "required"} in schema.prisma but ${h.nullable ? "NULL" : "NOT NULL"} in the database`,
          );
      }
    }
    if (want.primaryKey !== have.primaryKey)
      problems.push(`${tableName} primary key: schema (${want.primaryKey}), database (${have.primaryKey})`);
    if (want.uniques.join(" | ") !== have.uniques.join(" | "))
      problems.push(
        `${tableName} unique keys: schema [${want.uniques.join(" | ")}], database [${have.uniques.join(" | ")}]`,
      );
    if (want.foreignKeys.join(" | ") !== have.foreignKeys.join(" | "))
      problems.push(
        `${tableName} foreign keys: schema [${want.foreignKeys.join(" | ")}], database [${have.foreignKeys.join(" | ")}]`,
      );
  }

  for (const enumName of names(expected.enums, actual.enums)) {
    const w = expected.enums[enumName]?.join(",");
    const h = actual.enums[enumName]?.join(",");
    if (w !== h) problems.push(`enum ${enumName}: schema [${w ?? "missing"}], database [${h ?? "missing"}]`);
  }
  return problems;
}
