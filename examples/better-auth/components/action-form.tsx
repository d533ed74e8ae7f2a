'use client';
// A form that calls a Server Action and shows what it answered. With
// useActionState it works before (and without) JavaScript too: the browser
// posts the form, and the server renders the page with the result.
// https://react.dev/reference/react/useActionState
import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '@/app/actions-example/actions';
import styles from './action-form.module.css';

interface Props {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  /** What the submit button says; leave it out when `children` have their own. */
  submit?: string;
  /** The form's fields, and buttons whose name and value the action gets. */
  children?: ReactNode;
}

export default function ActionForm({ action, submit, children }: Props) {
  const [result, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <fieldset className={styles.fields} disabled={pending}>
        {children}
        {submit && <button type="submit">{submit}</button>}
      </fieldset>
      {/* A live region is announced when its text changes: always there. */}
      <span role="status"> {result.message}</span>
      {result.error && <span role="alert"> {result.error}</span>}
    </form>
  );
}
