import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importNotesFile } from '../../../../../utils/extension/notes/notes-import';
import {
  csvField,
  exportNotes,
  NOTES_CSV_COLUMNS,
  notesToCsv,
  notesToJson,
  notesToMarkdown,
  type ExportContext,
} from '../../../../../utils/extension/notes/notes-export';
import type { Note } from '../../../../../utils/extension/notes/notes-repository';
import { addNote, deleteNote, listNotes, updateNote } from '../../../../../utils/extension/notes/notes-repository';
import { clearDatabase } from '../../../support/notes-test-db';

const records: ExportContext['records'] = [
  { id: 'fh-1', title: 'Family help for every family who needs it', status: 'implementing', statusAsOf: '2026-06-01' },
  { id: 'care-1', title: 'Regional care co-operatives', status: 'piloting', statusAsOf: '2026-05-01' },
];
const context: ExportContext = {
  records,
  datasetVersion: '2026.06.1',
  exportedAt: new Date('2026-06-30T09:00:00Z'),
  timeZone: 'Europe/London',
};

function note(partial: Partial<Note> & Pick<Note, 'id' | 'recordId' | 'text'>): Note {
  const createdAt = partial.createdAt ?? '2026-03-04T09:15:00.000Z';
  return { createdAt, updatedAt: createdAt, ...partial };
}

/** A small RFC 4180 reader, enough to check the CSV export parses back to the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return rows;
}

describe('exporting notes', () => {
  beforeEach(clearDatabase);
  afterEach(clearDatabase);

  it('JSON round-trips: export, clear, import gives back exactly the same notes', async () => {
    const first = await addNote('fh-1', 'Line one\nLine two with "quotes" and <b>tags</b>');
    await addNote('care-1', 'Émigré café — ünïcödé ✓');
    await updateNote(first.id, 'Edited: line one\nline two');
    const gone = await addNote('fh-1', 'Deleted before export');
    await deleteNote(gone.id);
    const before = await listNotes();

    const file = exportNotes('json', await listNotes(), context);
    expect(file.filename).toBe('care-review-lens-notes-2026-06-30.json');
    expect(file.mimeType).toBe('application/json');
    const parsed = JSON.parse(file.contents);
    expect(parsed).toMatchObject({ format: 'care-review-lens-notes', formatVersion: 1, datasetVersion: '2026.06.1' });
    expect(parsed.notes[0].recordTitle).toBe('Family help for every family who needs it');

    await clearDatabase();
    expect(await importNotesFile(file.contents)).toMatchObject({ total: 2, added: 2 });
    expect(await listNotes()).toEqual(before);
  });

  it('JSON leaves deleted notes (tombstones) out', () => {
    const file = notesToJson(
      [note({ id: 'a', recordId: 'fh-1', text: '', deletedAt: '2026-03-05T00:00:00.000Z' })],
      context,
    );
    expect(JSON.parse(file.contents).notes).toEqual([]);
  });

  it('Markdown groups notes by recommendation in dataset order, readable on its own', () => {
    const notes = [
      note({ id: 'c', recordId: 'care-1', text: 'Co-op note', createdAt: '2026-01-02T10:00:00.000Z' }),
      note({
        id: 'a',
        recordId: 'fh-1',
        text: 'Second on family help',
        createdAt: '2026-03-04T09:15:00.000Z',
        updatedAt: '2026-03-05T12:00:00.000Z',
      }),
      note({
        id: 'b',
        recordId: 'fh-1',
        text: 'First on family help\n\n- a bullet',
        createdAt: '2026-02-01T08:00:00Z',
      }),
      note({ id: 'd', recordId: 'gone-1', text: 'On a record no longer in the dataset' }),
    ];
    const file = notesToMarkdown(notes, context);
    expect(file.filename).toBe('care-review-lens-notes-2026-06-30.md');
    expect(file.contents).toBe(
      [
        '# My notes — Care Review Lens',
        '',
        "Notes on the 2022 Independent Review of Children's Social Care, exported 30 June 2026 at 10:00.",
        '4 notes on 3 recommendations; dataset version 2026.06.1.',
        '',
        '## Family help for every family who needs it',
        '',
        'Recommendation `fh-1` · status: Being implemented (as of 2026-06-01)',
        '',
        '### 1 February 2026 at 08:00',
        '',
        '> First on family help',
        '>',
        '> - a bullet',
        '',
        '### 4 March 2026 at 09:15 (edited 5 March 2026 at 12:00)',
        '',
        '> Second on family help',
        '',
        '## Regional care co-operatives',
        '',
        'Recommendation `care-1` · status: Piloting (as of 2026-05-01)',
        '',
        '### 2 January 2026 at 10:00',
        '',
        '> Co-op note',
        '',
        '## gone-1',
        '',
        'Recommendation `gone-1` · no longer in the dataset',
        '',
        '### 4 March 2026 at 09:15',
        '',
        '> On a record no longer in the dataset',
        '',
      ].join('\n'),
    );
  });

  it('Markdown keeps HTML in notes as visible text', () => {
    const file = notesToMarkdown(
      [note({ id: 'x', recordId: 'fh-1', text: '<script>alert(1)</script> & co' })],
      context,
    );
    expect(file.contents).toContain('> \\<script>alert(1)\\</script> \\& co');
  });

  it('Markdown says so when there are no notes', () => {
    expect(notesToMarkdown([], context).contents).toContain('0 notes on 0 recommendations');
    expect(notesToMarkdown([], context).contents).toContain('There are no notes yet.');
  });

  it('CSV has a header, one row per note, RFC 4180 quoting and a formula guard', () => {
    const notes = [
      note({ id: 'a', recordId: 'fh-1', text: 'Says "hello", then\nnew line' }),
      note({ id: 'b', recordId: 'care-1', text: '=HYPERLINK("http://evil")' }),
      note({ id: 'c', recordId: 'gone-1', text: 'plain' }),
    ];
    const file = notesToCsv(notes, context);
    expect(file.filename).toBe('care-review-lens-notes-2026-06-30.csv');
    expect(file.contents.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(file.contents.slice(1));
    expect(rows[0]).toEqual([...NOTES_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        'b',
        'care-1',
        'Regional care co-operatives',
        '2026-03-04T09:15:00.000Z',
        '2026-03-04T09:15:00.000Z',
        `'=HYPERLINK("http://evil")`,
        '',
        '',
      ],
      [
        'a',
        'fh-1',
        'Family help for every family who needs it',
        '2026-03-04T09:15:00.000Z',
        '2026-03-04T09:15:00.000Z',
        'Says "hello", then\nnew line',
        '',
        '',
      ],
      ['c', 'gone-1', '', '2026-03-04T09:15:00.000Z', '2026-03-04T09:15:00.000Z', 'plain', '', ''],
    ]);
    // The header's fields are quoted too.
    expect(file.contents.slice(1).split('\r\n')[0]).toBe(NOTES_CSV_COLUMNS.map((c) => `"${c}"`).join(','));
  });

  it('csvField quotes every field and guards a formula wherever a spreadsheet could start a cell', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('+44 20')).toBe(`"'+44 20"`);
    expect(csvField('@mention')).toBe(`"'@mention"`);
    // Split on semicolons (European locales), tabs, pipes or lines, each piece would be a cell of its own.
    expect(csvField('fine;=HYPERLINK("x")')).toBe(`"fine;'=HYPERLINK(""x"")"`);
    expect(csvField('a; =1+1')).toBe(`"a; '=1+1"`);
    expect(csvField('a\t-2+3')).toBe(`"a\t'-2+3"`);
    expect(csvField('a|@SUM(A1)')).toBe(`"a|'@SUM(A1)"`);
    expect(csvField('line\n=1')).toBe(`"line\n'=1"`);
    expect(csvField('line\r+1')).toBe(`"line\r'+1"`);
    expect(csvField('\uFF1D1+1')).toBe(`"'\uFF1D1+1"`);
    // Ordinary prose keeps its signs where no cell can start.
    expect(csvField('costs = £2bn, up 3%')).toBe('"costs = £2bn, up 3%"');
  });

  it('CSV carries the article a card note was written on', () => {
    const file = notesToCsv(
      [
        note({
          id: 'a',
          recordId: 'fh-1',
          text: 'x',
          article: { title: '=Evil; =title', url: 'https://news.example/a' },
        }),
      ],
      context,
    );
    const rows = parseCsv(file.contents.slice(1));
    expect(rows[1]!.slice(6)).toEqual([`'=Evil; '=title`, 'https://news.example/a']);
  });

  it('Markdown keeps link and image syntax as text, and a lone CR stays inside the quote', () => {
    const file = notesToMarkdown(
      [
        note({
          id: 'x',
          recordId: 'fh-1',
          text: '[click](javascript:alert(1)) ![img](https://t.example/p.png)\r[ref]: javascript:alert(2)\rlast',
        }),
      ],
      context,
    );
    expect(file.contents).toContain(
      '> \\[click\\](javascript:alert(1)) !\\[img\\](https://t.example/p.png)\n> \\[ref\\]: javascript:alert(2)\n> last',
    );
    expect(file.contents).not.toContain('\r');
  });

  it('Markdown names the article a card note was written on, as text and code, never a link', () => {
    const file = notesToMarkdown(
      [
        note({
          id: 'x',
          recordId: 'fh-1',
          text: 'x',
          article: { title: 'A [title](javascript:1) <b>', url: 'https://news.example/a?b=`c`' },
        }),
      ],
      context,
    );
    expect(file.contents).toContain(
      'Written while reading “A \\[title\\](javascript:1) \\<b>”, `` https://news.example/a?b=`c` ``',
    );
  });
});
