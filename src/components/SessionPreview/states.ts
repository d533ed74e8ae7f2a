import type { PreviewState } from './preview-page';

/** The session states a preview can show, in the order of its switch. */
export const STATES: { value: PreviewState; label: string }[] = [
  { value: 'unauthenticated', label: 'Signed out' },
  { value: 'loading', label: 'Loading' },
  { value: 'authenticated', label: 'Signed in' },
];
