import { z } from 'zod';
import { planSchema } from './plan.js';
import { vendorPlanSchema } from './vendor-plan.js';

/**
 * JSON Schemas of the plan and vendor files, generated from the zod schemas the validator uses, so the
 * two cannot drift (test/schema/json-schema.test.ts checks the shipped `schema/*.json` against this).
 * Editors use them through `# yaml-language-server: $schema=…` for completion and early errors.
 *
 * What a JSON Schema cannot say stays with the validator (docs/json-schema.md): cross-references
 * (a campaign's audience must exist), unique campaign names, sums of shares, ISO country lists, and the
 * range of numbers written as quoted strings.
 */
export const JSON_SCHEMAS = {
  plan: { schema: planSchema, title: 'wa-cost plan file, version 1 (README "Plan format")' },
  vendor: { schema: vendorPlanSchema, title: 'wa-cost vendor plan file, version 1 (docs/vendors.md)' },
} as const;

export type JsonSchemaName = keyof typeof JSON_SCHEMAS;

/** Decimal fields take a YAML number or a quoted numeric string; the string's range is the validator's. */
const SIGNED_DECIMAL = '^\\s*[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?\\s*$';
const UNSIGNED_DECIMAL = '^\\s*\\+?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?\\s*$';

interface DecimalMeta {
  waCostType: 'decimal';
  min?: string;
  max?: string;
  integer?: boolean;
  positive?: boolean;
}

/** The JSON Schema (draft 2020-12) of one file kind, as the object written to `schema/<name>.schema.json`. */
export function buildJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  const { schema, title } = JSON_SCHEMAS[name];
  const generated = z.toJSONSchema(schema, {
    // The file as written (before defaults and transforms), which is what an editor sees.
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const meta = z.globalRegistry.get(ctx.zodSchema) as Partial<DecimalMeta> | undefined;
      if (meta?.waCostType === 'decimal') rewriteDecimal(ctx.jsonSchema, meta as DecimalMeta);
    },
  });
  numericDefaults(generated);
  codePatterns(generated);
  const { $schema, ...rest } = generated;
  return { $schema, title, ...rest };
}

/** `{ type: [string, number] }` plus our meta keys → `anyOf` a bounded number or a numeric string. */
function rewriteDecimal(js: Record<string, unknown>, meta: DecimalMeta): void {
  for (const key of ['waCostType', 'min', 'max', 'integer', 'positive', 'type']) delete js[key];
  const number: Record<string, unknown> = { type: meta.integer ? 'integer' : 'number' };
  if (meta.min !== undefined) number['minimum'] = Number(meta.min);
  if (meta.positive) number['exclusiveMinimum'] = 0;
  if (meta.max !== undefined) number['maximum'] = Number(meta.max);
  const unsigned = meta.positive || (meta.min !== undefined && !meta.min.startsWith('-'));
  js['anyOf'] = [number, { type: 'string', pattern: unsigned ? UNSIGNED_DECIMAL : SIGNED_DECIMAL }];
}

/** zod adds a decimal field's default ("1", as written in code) after the override: show it as a number. */
function numericDefaults(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(numericDefaults);
  if (typeof node !== 'object' || node === null) return;
  const js = node as Record<string, unknown>;
  const numeric = Array.isArray(js['anyOf']) && (js['anyOf'] as { type?: string }[]).some((b) => b.type === 'number' || b.type === 'integer');
  if (numeric && typeof js['default'] === 'string' && /^-?\d+(\.\d+)?$/.test(js['default'])) js['default'] = Number(js['default']);
  Object.values(js).forEach(numericDefaults);
}

/** The schema as shipped: two-space JSON with a final newline. */
export function renderJsonSchema(name: JsonSchemaName): string {
  return `${JSON.stringify(buildJsonSchema(name), null, 2)}\n`;
}

/**
 * Currency and country codes are checked by zod transforms (upper-casing, then a regex or the ISO list),
 * which JSON Schema's input view cannot see; give editors the shape at least. Keyed by property name,
 * so a new code field needs a line here (the agreement test would show the gap).
 */
const CODE_PATTERNS: Record<string, string> = {
  currency: '^[A-Za-z]{3}$',
  business_country: '^[A-Za-z]{2}$',
  default_country: '^[A-Za-z]{2}$',
};
const COUNTRY_KEYED = new Set(['countries', 'monthly_conversations']);

function codePatterns(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(codePatterns);
  if (typeof node !== 'object' || node === null) return;
  const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  for (const [key, prop] of Object.entries(props ?? {})) {
    const pattern = CODE_PATTERNS[key];
    if (pattern && prop['type'] === 'string' && prop['pattern'] === undefined) prop['pattern'] = pattern;
    if (COUNTRY_KEYED.has(key) && prop['type'] === 'object')
      prop['propertyNames'] = { type: 'string', pattern: '^[A-Za-z]{2}$' };
  }
  Object.values(node).forEach(codePatterns);
}
