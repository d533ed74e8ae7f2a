import { normalizeTokens, Prism, type Token } from 'prism-react-renderer';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => ESCAPES[char]!);
}

function tokenHtml({ types, content, empty }: Token): string {
  // Prism marks an empty line with a token holding "\n": the line itself is enough.
  if (empty || !content) return '';
  return `<span class="token ${types.join(' ')}">${escapeHtml(content)}</span>`;
}

/**
 * Highlighted HTML for a listing, made at build time with the Prism that
 * Docusaurus itself uses, so the reader's browser does not tokenize a dozen
 * samples on load. Colours come from CSS (see src/plugins/prism-theme-css).
 */
export function highlightToHtml(code: string, language: string): string {
  const grammar = Prism.languages[language];
  const text = code.replace(/\n$/, '');
  const lines = grammar
    ? normalizeTokens(Prism.tokenize(text, grammar))
    : text.split('\n').map((content) => [{ types: ['plain'], content }]);
  return lines
    .map(
      (line) =>
        `<span class="token-line">${line.map(tokenHtml).join('')}</span>`,
    )
    .join('\n');
}
