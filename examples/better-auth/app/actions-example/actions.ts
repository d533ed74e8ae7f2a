'use server';
// Server Actions: each export of this file is a public POST endpoint that
// anyone can call with its id, without ever loading the page that shows
// its form. So each one checks, inside itself, who is calling, the role it
// needs, and that what it changes belongs to the caller.
// https://nextjs.org/docs/app/guides/authentication#authorization
import { revalidatePath } from 'next/cache';
import * as notes from '@/lib/notes';
import { hasRole, requireSession } from '@/lib/session';

/** What a form shows after its action ran. */
export interface ActionResult {
  message?: string;
  error?: string;
}

const PAGE = '/actions-example';

// #region add-note
export async function addNote(
  _previous: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  const session = await requireSession(PAGE); // signed out: to sign-in
  const text = form.get('text');
  if (typeof text !== 'string' || !text.trim()) {
    return { error: 'Write something first.' };
  }
  if (text.length > notes.MAX_NOTE_LENGTH) {
    return { error: `At most ${notes.MAX_NOTE_LENGTH} characters.` };
  }
  // The owner comes from the session, never from the form.
  const ownerId = session.user.id;
  if (notes.notesOf(ownerId).length >= notes.MAX_NOTES_PER_USER) {
    return { error: 'Delete a note first.' };
  }
  notes.addNote(ownerId, text.trim());
  revalidatePath(PAGE);
  return { message: 'Note saved.' };
}
// #endregion add-note

// #region delete-note
export async function deleteNote(
  _previous: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  const session = await requireSession(PAGE);
  const note = notes.findNote(String(form.get('id')));
  // Someone else's note gets the same answer as none at all.
  if (!note || note.ownerId !== session.user.id) {
    return { error: 'You have no such note.' };
  }
  notes.removeNote(note.id);
  revalidatePath(PAGE);
  return { message: 'Note deleted.' };
}
// #endregion delete-note

// #region delete-all-notes
export async function deleteAllNotes(): Promise<ActionResult> {
  const session = await requireSession(PAGE);
  // Signed in is not enough: a member calling this directly gets a no.
  if (!hasRole(session, 'admin')) {
    return { error: 'Only admins may delete every note.' };
  }
  const count = notes.removeAllNotes();
  revalidatePath(PAGE);
  return { message: `Deleted ${count} ${count === 1 ? 'note' : 'notes'}.` };
}
// #endregion delete-all-notes
