import useIsBrowser from '@docusaurus/useIsBrowser';
import type {
  IncludedListing,
  VariantKey,
} from '@site/src/plugins/include-examples/sample';
import { useEffect, useState } from 'react';

// Listings fetched so far, by URL, for every sample on every page.
const fetched = new Map<string, string>();

/**
 * The HTML of the listing to show:
 * - pre-rendering: the build-time HTML, which the server bundle carries;
 * - hydrating: '', so that React keeps the HTML the page already holds;
 * - otherwise: fetched (null meanwhile) the first time it is shown.
 */
export function useListingHtml(
  key: VariantKey,
  listing: IncludedListing,
): string | null {
  const isBrowser = useIsBrowser();
  // The listing in the server's HTML, kept until the reader shows another.
  const [kept, setKept] = useState(isBrowser ? null : key);
  if (kept && key !== kept) setKept(null);
  const [, setLoaded] = useState(0);
  const url = listing.url;
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

  return keep ? '' : (html ?? null);
}
