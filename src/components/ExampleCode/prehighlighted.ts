import { createContext } from 'react';

/**
 * Highlighted HTML made at build time for the CodeBlock below it. Our
 * CodeBlock/Content (src/theme) renders it instead of highlighting in the
 * browser; null means "highlight as usual".
 */
export const PrehighlightedHtml = createContext<string | null>(null);
