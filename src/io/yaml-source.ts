import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { InputError, type Problem } from '../errors.js';

/** A document path as the validator reports it: keys and array indices. */
export type DocPath = readonly (string | number)[];

export interface Position {
  line: number;
  col: number;
}

/** Parsed YAML plus a way back from any path to its place in the file. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at `path`, or of its nearest located ancestor. */
  locate(path: DocPath, which?: 'key' | 'value'): Position | undefined;
}

const MAX_DEPTH = 64;
const MAX_NODES = 200_000;

/**
 * Parses YAML keeping money exact: every number is returned as its source text ("0.0618", "1e400"),
 * never a JavaScript number; the schema turns it into a Decimal or rejects it. Duplicate keys,
 * syntax errors, alias bombs and absurd nesting are located errors, all reported at once.
 */
export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, version: '1.2' });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  if (doc.errors.length > 0) {
    const lines = text.split(/\r?\n/);
    if (doc.errors.some((e) => e.message.includes('call stack'))) {
      throw tooBig(file, `values nested deeper than the parser can follow`);
    }
    const problems: Problem[] = doc.errors.map((e) => {
      const at = pos(e.pos[0]);
      return {
        file,
        ...at,
        message: `YAML syntax: ${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? e.code}`,
        excerpt: caretExcerpt(lines[at.line - 1] ?? '', at.col),
        hint: yamlHint(e.code),
      };
    });
    throw new InputError('E_YAML_SYNTAX', problems);
  }

  const keyPos = new Map<string, Position>();
  const valuePos = new Map<string, Position>();
  let nodes = 0;
  const problems: Problem[] = [];

  const toData = (node: unknown, path: (string | number)[], depth: number): unknown => {
    if (++nodes > MAX_NODES)
      throw tooBig(file, 'the document expands to more than 200,000 values (an alias bomb?)');
    if (depth > MAX_DEPTH) throw tooBig(file, `values nested deeper than ${MAX_DEPTH} levels`);
    if (isAlias(node)) return toData(node.resolve(doc), path, depth + 1);
    const n = node as Node | null;
    if (n?.range) valuePos.set(pathKey(path), pos(n.range[0]));
    if (isScalar(n)) {
      if (
        typeof n.value === 'number' ||
        (n.value === null && n.source && n.source !== '~' && n.source !== 'null' && n.source !== '')
      ) {
        return n.source ?? String(n.value);
      }
      return n.value;
    }
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (typeof k === 'object' && k !== null) {
          const at = (pair.key as Node | null)?.range?.[0];
          problems.push({
            file,
            ...(at !== undefined ? pos(at) : {}),
            message: 'a key must be a plain word, not a list or map',
          });
          continue;
        }
        const key = String(
          isScalar(pair.key) && typeof pair.key.value === 'number' ? (pair.key.source ?? k) : k,
        );
        const childPath = [...path, key];
        const kr = (pair.key as Node | null)?.range;
        if (kr) keyPos.set(pathKey(childPath), pos(kr[0]));
        // defineProperty: a `__proto__` key stays an own key (and is then rejected as unknown).
        Object.defineProperty(out, key, {
          value: toData(pair.value, childPath, depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    if (isSeq(n)) return n.items.map((item, i) => toData(item, [...path, i], depth + 1));
    return n === null ? null : undefined;
  };

  const data = toData(doc.contents, [], 0);
  if (problems.length > 0) throw new InputError('E_YAML_SYNTAX', problems);

  return {
    file,
    data,
    locate(path, which = 'value') {
      for (let i = path.length; i >= 0; i--) {
        const k = pathKey(path.slice(0, i));
        const found =
          (which === 'key' && i === path.length ? keyPos.get(k) : undefined) ??
          valuePos.get(k) ??
          keyPos.get(k);
        if (found) return found;
      }
      return undefined;
    },
  };
}

/** `campaigns[2].audience`: the path as users read it. */
export function formatPath(path: DocPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** The source line with a caret under `col`, cut to a window of about 100 characters around it. */
export function caretExcerpt(line: string, col: number): string {
  const start = Math.max(0, Math.min(col - 50, line.length - 100));
  const shown = line.slice(start, start + 100);
  const caret = ' '.repeat(Math.max(0, col - 1 - start));
  return `  ${start > 0 ? '…' : ''}${shown}${start + 100 < line.length ? '…' : ''}\n  ${start > 0 ? ' ' : ''}${caret}^`;
}

function pathKey(path: DocPath): string {
  return JSON.stringify(path);
}

function tooBig(file: string, message: string): InputError {
  return new InputError('E_YAML_TOO_COMPLEX', [
    { file, message, hint: 'write the values out plainly; wa-cost documents are small' },
  ]);
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a map: remove or rename the repeated one';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation (spaces, not tabs) and that each `key: value` has a space after the colon';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    default:
      return undefined;
  }
}
