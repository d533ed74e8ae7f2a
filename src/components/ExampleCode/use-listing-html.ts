import useIsBrowser from '@docusaurus/useIsBrowser';
import type {
  IncludedListing,
  VariantKey,
} from '@site/src/plugins/include-examples/sample';
import type { ListingHtml } from '@site/src/components/CodeListing';
import { useEffect, useState } from 'react';

// Listings fetched so far, by URL. Never emptied: it holds at most every
// listing of the site once (a few hundred, each a few kilobytes).
const fetched = new Map<string, string>();

/**
 * The listing to show:
 * - pre-rendering: the build-time HTML, which the server bundle carries;
 * - hydrating: the server's, which the page already holds;
 * - otherwise: fetched (loading meanwhile) the first time it is shown.
 */
export function useListingHtml(
  key: VariantKey,
  listing: IncludedListing,
): ListingHtml {
  const isBrowser = useIsBrowser();
  // The listing in the server's HTML, kept until the reader shows another.
  const [kept, setKept] = useState(isBrowser ? null : key);
  if (kept && key !== kept) setKept(null);
  const [, setLoaded] = useState(0);
  const url = listing.url;
  // No URL: nothing to show (JavaScript of a part of only types).
  const html = listing.html ?? (url ? fetched.get(url) : '');
  const keep = key === kept && html === undefined;

  useEffect(() => {
    if (keep || !url || fetched.has(url)) return;
    let live = true;
    fetch(url)
      .then((response) => response.json() as Promise<{ html: string }>)
      .then(
        (json) => json.html,
        () => 'The code could not be loaded: reload the page to try again.',
      )
      .then((loaded) => {
        fetched.set(url, loaded);
        if (live) setLoaded((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [keep, url]);

  if (keep) return { state: 'server' };
  return html === undefined ? { state: 'loading' } : { state: 'ready', html };
}
