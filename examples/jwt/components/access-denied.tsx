'use client';
// What a protected page shows a signed-out visitor. A client component (it
// handles a click), so the App Router's server pages can render it too.
import { signIn } from 'next-auth/react';

export default function AccessDenied() {
  return (
    <>
      <h1>Access Denied</h1>
      <p>
        {/* A real link, so it works before JavaScript loads; signIn() then
            adds a callbackUrl that brings the reader back to this page. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- an API route, not a page: next/link does not apply */}
        <a
          href="/api/auth/signin"
          onClick={(event) => {
            event.preventDefault();
            void signIn();
          }}
        >
          You must be signed in to view this page
        </a>
      </p>
    </>
  );
}
