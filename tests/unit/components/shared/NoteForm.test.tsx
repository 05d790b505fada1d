import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NoteForm } from '../../../../components/shared/NoteForm';

function renderForm(saved: boolean) {
  const onAdd = vi.fn(async () => saved);
  render(<NoteForm inputId="note-new-test" rows={2} onAdd={onAdd} />);
  const box = screen.getByLabelText('Add a note') as HTMLTextAreaElement;
  const save = screen.getByRole('button', { name: 'Save note' }) as HTMLButtonElement;
  return { onAdd, box, save };
}

describe('NoteForm', () => {
  afterEach(cleanup);

  it('keeps Save unavailable, and Ctrl+Enter idle, until the note has some text', () => {
    const { onAdd, box, save } = renderForm(true);
    expect(save.disabled).toBe(true);
    fireEvent.input(box, { target: { value: ' \n\t ' } });
    expect(save.disabled).toBe(true);
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    fireEvent.submit(box.form!);
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('hands the text over with Save or Ctrl/Cmd+Enter, and clears the box once it is saved', async () => {
    const { onAdd, box, save } = renderForm(true);
    fireEvent.input(box, { target: { value: 'First' } });
    fireEvent.click(save);
    await waitFor(() => expect(box.value).toBe(''));
    fireEvent.input(box, { target: { value: 'Second' } });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    await waitFor(() => expect(box.value).toBe(''));
    expect(onAdd.mock.calls).toEqual([['First'], ['Second']]);
  });

  it('keeps the text when it could not be saved', async () => {
    const { onAdd, box } = renderForm(false);
    fireEvent.input(box, { target: { value: 'Kept' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onAdd).toHaveBeenCalledWith('Kept'));
    expect(box.value).toBe('Kept');
  });
});
