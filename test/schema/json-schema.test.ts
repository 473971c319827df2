import { readFileSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { buildJsonSchema, renderJsonSchema, type JsonSchemaName } from '../../src/schema/json-schema.js';
import { planSchema } from '../../src/schema/plan.js';
import { validateSource } from '../../src/schema/validate.js';
import { vendorPlanSchema } from '../../src/schema/vendor-plan.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ZOD: Record<JsonSchemaName, z.ZodType> = { plan: planSchema, vendor: vendorPlanSchema };

/**
 * What the validator rejects and a JSON Schema cannot express (docs/json-schema.md). The test fails if
 * an entry is no longer a gap, so the list stays true.
 */
const SCHEMA_GAPS: Record<string, string> = {
  'plan-audience-both-forms.yaml': 'exactly one of countries / contacts',
  'plan-auth-intl-without-country.yaml': 'a key required only when another is true',
  'plan-bad-date.yaml': 'a calendar date (2026-02-30 has the right shape)',
  'plan-duplicate-campaign-names.yaml': 'unique campaign names',
  'plan-hex-octal-numbers.yaml': 'YAML 0x/0o literals: editors read them as numbers, wa-cost refuses them',
  'plan-nothing-to-price.yaml': 'campaigns or service, one at least',
  'plan-unknown-audience.yaml': "a campaign's audience names a key of audiences",
  'plan-window-shares-over-100.yaml': 'two shares that add up to at most 100',
  'vendor-markup-without-pct.yaml': 'a key required by the value of another',
};

function yamlFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir))
    .filter((f) => f.endsWith('.yaml') && statSync(resolve(ROOT, dir, f)).isFile())
    .map((f) => `${dir}/${f}`);
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const compiled = {
  plan: ajv.compile(buildJsonSchema('plan')),
  vendor: ajv.compile(buildJsonSchema('vendor')),
};

/** The validator's verdict (true = accepted) and the schema's, on one file; null when YAML refuses it. */
function verdicts(kind: JsonSchemaName, file: string): { validator: boolean; schema: boolean | null } {
  const text = readFileSync(resolve(ROOT, file), 'utf8');
  let validator = true;
  try {
    validateSource(ZOD[kind], parseYamlSource(text, file));
  } catch {
    validator = false;
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return { validator, schema: null };
  }
  return { validator, schema: compiled[kind](data) };
}

describe('shipped JSON Schemas', () => {
  for (const kind of ['plan', 'vendor'] as const) {
    it(`schema/${kind}.schema.json is what the zod schema generates (regenerate: wa-cost schema ${kind} --out schema/${kind}.schema.json)`, () => {
      expect(readFileSync(resolve(ROOT, 'schema', `${kind}.schema.json`), 'utf8')).toBe(renderJsonSchema(kind));
    });
  }

  it('decimal fields accept a number or a numeric string, bounded as the validator bounds numbers', () => {
    const months = (buildJsonSchema('plan')['properties'] as Record<string, unknown>)['months'];
    expect(months).toMatchObject({
      default: 1,
      anyOf: [{ type: 'integer', minimum: 1, maximum: 120 }, { type: 'string' }],
    });
  });
});

describe('the schema and the validator agree', () => {
  const cases: [JsonSchemaName, string[], 'good' | 'bad'][] = [
    ['plan', [...yamlFiles('fixtures/plans'), ...yamlFiles('fixtures/vendors/plans'), ...yamlFiles('fixtures/ci')], 'good'],
    ['plan', yamlFiles('fixtures/bad'), 'bad'],
    ['vendor', yamlFiles('rates/vendors'), 'good'],
    ['vendor', yamlFiles('fixtures/vendors/bad'), 'bad'],
  ];
  for (const [kind, files, expected] of cases) {
    for (const file of files) {
      const name = file.split('/').at(-1) ?? file;
      it(`${kind} ${file}`, () => {
        const v = verdicts(kind, file);
        if (expected === 'good') {
          expect(v).toEqual({ validator: true, schema: true });
        } else if (v.schema === null) {
          // A YAML error: editors and wa-cost both refuse the file before any schema.
          expect(v.validator).toBe(false);
        } else if (!v.validator) {
          expect(v.schema, SCHEMA_GAPS[name] ?? 'the schema must reject what the validator rejects').toBe(
            name in SCHEMA_GAPS,
          );
        } else {
          // Valid in shape, refused later (missing rate, missing contacts file): the schema accepts too.
          expect(v.schema).toBe(true);
        }
      });
    }
  }

  it('every listed gap is a fixture', () => {
    const all = new Set([...yamlFiles('fixtures/bad'), ...yamlFiles('fixtures/vendors/bad')].map((f) => f.split('/').at(-1)));
    for (const name of Object.keys(SCHEMA_GAPS)) expect(all.has(name), name).toBe(true);
  });
});
