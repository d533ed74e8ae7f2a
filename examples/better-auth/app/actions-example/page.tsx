// A page whose forms call Server Actions (./actions.ts). The page checks the
// session to decide what to render; each action checks again when it runs,
// because anyone can call it without this page.
import ActionForm from '@/components/action-form';
import { countNotes, MAX_NOTE_LENGTH, notesOf } from '@/lib/notes';
import { hasRole, requireSession } from '@/lib/session';
import { addNote, deleteAllNotes, deleteNote } from './actions';

// #region page
export default async function ActionsExamplePage() {
  const session = await requireSession('/actions-example');
  // The data code itself, not fetch('/api/my-notes'): a fetch from the
  // server carries no cookies, so it would get a 401.
  const mine = notesOf(session.user.id);
  // The list is one form, so its result stays on the page when the deleted
  // note's row is gone; each Delete button says which note it deletes.
  return (
    <>
      <h1>Your notes</h1>
      <p>
        Signed in as <strong>{session.user.name}</strong>. Each form below calls
        a Server Action, which checks who you are by itself.
      </p>
      <ActionForm action={addNote} submit="Save note">
        <label>
          Note <input name="text" required maxLength={MAX_NOTE_LENGTH} />
        </label>{' '}
      </ActionForm>
      <ActionForm action={deleteNote}>
        <ul>
          {mine.map((note) => (
            <li key={note.id}>
              {note.text}{' '}
              <button
                name="id"
                value={note.id}
                aria-label={`Delete “${note.text}”`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      </ActionForm>
      {hasRole(session, 'admin') && (
        <section>
          <h2>For admins</h2>
          <p>Every user&apos;s notes together: {countNotes()}.</p>
          <ActionForm action={deleteAllNotes} submit="Delete every note" />
        </section>
      )}
    </>
  );
}
// #endregion page
