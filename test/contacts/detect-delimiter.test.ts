import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/io/contacts/detect-delimiter.js';

describe('detectDelimiter', () => {
  it.each([
    ['name,phone,country', ','],
    ['Name;Telefon;Land', ';'],
    ['name\tmobile', '\t'],
    ['phone', ','],
    ['"Name, full";Telefon;Land', ';'],
    ['"a;b;c",phone', ','],
    ['Nachname, Vorname;Telefon;Land;Notiz', ';'],
    ['a;b,c', ','],
  ])('%j → %j', (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});
