import '../../../support/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../../../components/pages/popup/PopupApp';
import { addNote, listNotes } from '../../../../../utils/extension/notes/notes-repository';
import { fakeTab, resetExtensionState } from '../../../support/popup-support';

async function openKinshipAllowance() {
  fakeTab({ id: 7, url: 'https://www.communitycare.co.uk/story', mentions: [] });
  const view = render(<PopupApp search="?tab=7" />);
  await waitFor(() => expect(view.container.querySelector('[data-ready="true"]')).toBeTruthy());
  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'kinship allowance' } });
  fireEvent.keyDown(screen.getByRole('searchbox'), { key: 'Enter' });
  await screen.findByRole('heading', { level: 2, name: 'A kinship allowance at fostering rates' });
  return view;
}

function notesSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Your notes' });
}

describe('popup: notes in the detail view', () => {
  beforeEach(resetExtensionState);
  afterEach(cleanup);

  it('adds a note, shows it, and undoes the add', async () => {
    await openKinshipAllowance();
    fireEvent.input(screen.getByLabelText('Add a note'), { target: { value: 'Ask the council about the pilot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await within(notesSection()).findByText('Ask the council about the pilot')).toBeTruthy();
    expect((await listNotes('fn-3')).map((note) => note.text)).toEqual(['Ask the council about the pilot']);
    expect((screen.getByLabelText('Add a note') as HTMLTextAreaElement).value).toBe('');

    fireEvent.click(within(notesSection()).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listNotes('fn-3')).toEqual([]));
    await waitFor(() => expect(within(notesSection()).queryByText('Ask the council about the pilot')).toBeNull());
  });

  it('edits a note, and Escape in the editor cancels without leaving the detail view', async () => {
    await addNote('fn-3', 'First draft');
    await openKinshipAllowance();
    fireEvent.click(await within(notesSection()).findByRole('button', { name: /^Edit/ }));
    const editor = screen.getByLabelText('Edit note') as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(editor));
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(screen.queryByLabelText('Edit note')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'A kinship allowance at fostering rates' })).toBeTruthy();

    fireEvent.click(within(notesSection()).getByRole('button', { name: /^Edit/ }));
    fireEvent.input(screen.getByLabelText('Edit note'), { target: { value: 'Second draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(notesSection()).findByText('Second draft')).toBeTruthy();
    expect(within(notesSection()).getByText(/edited/)).toBeTruthy();
    fireEvent.click(within(notesSection()).getByRole('button', { name: 'Undo' }));
    expect(await within(notesSection()).findByText('First draft')).toBeTruthy();
  });

  it('deletes a note with undo, moving focus to Undo', async () => {
    await addNote('fn-3', 'To be deleted');
    await openKinshipAllowance();
    fireEvent.click(await within(notesSection()).findByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(within(notesSection()).queryByText('To be deleted')).toBeNull());
    const undo = within(notesSection()).getByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(within(notesSection()).getByRole('status').textContent).toContain('Note deleted.');
    fireEvent.click(undo);
    expect(await within(notesSection()).findByText('To be deleted')).toBeTruthy();
  });

  it('offers to save a note only once it has some text', async () => {
    await openKinshipAllowance();
    const save = screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const box = within(notesSection()).getByLabelText('Add a note');
    fireEvent.input(box, { target: { value: '   ' } });
    expect(save.disabled).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect(within(notesSection()).queryByRole('alert')).toBeNull();
    fireEvent.input(box, { target: { value: 'Worth asking about' } });
    expect(save.disabled).toBe(false);
  });

  it('shows notes written elsewhere at once, and finds records by note text', async () => {
    await openKinshipAllowance();
    await addNote('fn-3', 'Written in the library');
    expect(await within(notesSection()).findByText('Written in the library')).toBeTruthy();
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'writen in the library' } });
    const results = await within(screen.getByRole('list', { name: /result/ })).findAllByRole('button');
    const hit = results.find((button) => button.dataset.recordId === 'fn-3')!;
    expect(within(hit).getByText(/Your note/)).toBeTruthy();
    expect(within(hit).getByText('1 note')).toBeTruthy();
  });
});
