// Each user's notes, kept in this server's memory, though this app has a
// database: the notes are not what the example is about, and the checks in
// the Server Actions are the same wherever the notes live. So this file is
// the JWT app's own (examples/jwt/lib/notes.ts), and the two apps' actions
// compare line for line. They last until the server stops, and each
// instance of the app has its own; a real app writes them to its database.
import 'server-only';
import { randomUUID } from 'node:crypto';

export interface Note {
  id: string;
  ownerId: string;
  text: string;
}

/** Enough for a demo, and a cap on what one visitor can make the server hold. */
export const MAX_NOTE_LENGTH = 200;
export const MAX_NOTES_PER_USER = 20;

// Next.js may load this module more than once per server: one Map for all.
const store = globalThis as { exampleNotes?: Map<string, Note> };
const notes = (store.exampleNotes ??= new Map<string, Note>());

export function notesOf(ownerId: string): Note[] {
  return [...notes.values()].filter((note) => note.ownerId === ownerId);
}

export function findNote(id: string): Note | undefined {
  return notes.get(id);
}

export function countNotes(): number {
  return notes.size;
}

export function addNote(ownerId: string, text: string): Note {
  const note = { id: randomUUID(), ownerId, text };
  notes.set(note.id, note);
  return note;
}

export function removeNote(id: string): void {
  notes.delete(id);
}

export function removeAllNotes(): number {
  const count = notes.size;
  notes.clear();
  return count;
}
