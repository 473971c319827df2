import type { Command } from 'commander';
import type { Io } from '../io/io.js';
import { createContactsCommand } from './contacts.js';
import { createEstimateCommand } from './estimate.js';
import { createDiffCommand } from './diff.js';
import { createSchemaCommand } from './schema.js';
import { createInitCommand } from './init.js';
import { createVendorsCommand } from './vendors.js';
import { createCompareCommand } from './compare.js';
import { createRoiCommand } from './roi.js';
import { createRatesCommand } from './rates.js';

/** Every subcommand, in the order `--help` lists them. One factory per file in this folder. */
export const commandFactories: ReadonlyArray<(io: Io) => Command> = [
  createEstimateCommand,
  createDiffCommand,
  createSchemaCommand,
  createInitCommand,
  createContactsCommand,
  createRoiCommand,
  createVendorsCommand,
  createCompareCommand,
  createRatesCommand,
];
