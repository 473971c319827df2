import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTACTS_FORMATS, createContactsCommand } from '../../src/commands/contacts.js';
import { CONTACTS_RENDERERS } from '../../src/render/contacts-renderers.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('contacts progress bar', () => {
  it('draws on stderr only when stderr is a terminal, and clears its line at the end', async () => {
    const tty = fakeIo({ stderrIsTTY: true });
    await createContactsCommand(tty).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(tty.err[0]).toMatch(/^\rreading █+ 100% of 0\.0 MB$/);
    expect(tty.err.at(-1)).toBe('\r\x1b[K');
    expect(JSON.parse(tty.out.join('')) as unknown).toMatchObject({ rows: 18 });

    const pipe = fakeIo({ stderrIsTTY: false });
    await createContactsCommand(pipe).parseAsync(
      ['fixtures/contacts/crm-export-comma.csv', '--format', 'json'],
      { from: 'user' },
    );
    expect(pipe.err).toEqual([]);
    expect(pipe.out.join('')).toBe(tty.out.join(''));
  });
});

describe('contacts - (standard input)', () => {
  it('reads the list from stdin in chunks cut anywhere, with the same counts as from the file', async () => {
    for (const fixture of ['crm-export-comma.csv', 'excel-semicolon-bom.csv', 'tab-separated.tsv']) {
      const file = `fixtures/contacts/${fixture}`;
      const fromFile = fakeIo();
      await createContactsCommand(fromFile).parseAsync([file, '--format', 'json'], { from: 'user' });
      // fakeIo hands stdin over in 7-byte chunks.
      const fromStdin = fakeIo({ stdin: readFileSync(file), stderrIsTTY: true });
      await createContactsCommand(fromStdin).parseAsync(['-', '--format', 'json'], { from: 'user' });
      const json = (io: { out: string[] }) => JSON.parse(io.out.join('')) as Record<string, unknown>;
      expect({ ...json(fromStdin), file: file }).toEqual(json(fromFile));
      expect(json(fromStdin)['file']).toBe('<stdin>');
      // No size to show a percentage of: megabytes read, then the line is cleared.
      expect(fromStdin.err[0]).toMatch(/^\rreading \d+\.\d MB$/);
      expect(fromStdin.err.at(-1)).toBe('\r\x1b[K');
    }
  });
});

describe('contacts --format choices', () => {
  it('lists exactly the registered renderers', () => {
    expect([...CONTACTS_FORMATS].sort()).toEqual(Object.keys(CONTACTS_RENDERERS).sort());
  });
});
