import { Argument, Command } from 'commander';
import type { Io } from '../io/io.js';

const NAMES = ['plan', 'vendor'] as const;

/** `wa-cost schema plan|vendor`: the JSON Schema editors use to complete and check those files. */
export function createSchemaCommand(io: Io): Command {
  return new Command('schema')
    .description('Print the JSON Schema of plan or vendor files (the same definitions the validator uses).')
    .addArgument(new Argument('<kind>', 'which file kind').choices(NAMES))
    .option('-o, --out <file>', 'write the schema to this file instead of stdout')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost schema plan > plan.schema.json
  $ wa-cost schema vendor --out vendor.schema.json

The package ships both in schema/. Point an editor at one with a first line in the YAML file:
  # yaml-language-server: $schema=./node_modules/wa-cost/schema/plan.schema.json
The schema catches shapes, unknown keys, enums and ranges as you type; \`wa-cost estimate\` still
checks what a JSON Schema cannot say (a campaign's audience exists, names are unique, shares add up).`,
    )
    .action(async (kind: (typeof NAMES)[number], flags: { out?: string }) => {
      const [{ renderJsonSchema }, { emitText }] = await Promise.all([
        import('../schema/json-schema.js'),
        import('../app/emit-estimate.js'),
      ]);
      await emitText(renderJsonSchema(kind), flags.out, io);
    });
}
