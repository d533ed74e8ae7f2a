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
  // Plain text takes the block's own colour: a span would only add DOM.
  if (types.length === 1 && types[0] === 'plain') return escapeHtml(content);
  return `<span class="token ${types.join(' ')}">${escapeHtml(content)}</span>`;
}

/** Prism splits runs of one kind (e.g. punctuation) into many tokens; one span each is enough. */
function mergeRuns(line: Token[]): Token[] {
  const merged: Token[] = [];
  for (const token of line) {
    const last = merged.at(-1);
    if (
      last &&
      last.types.join(' ') === token.types.join(' ') &&
      !token.empty
    ) {
      merged[merged.length - 1] = {
        ...last,
        content: last.content + token.content,
      };
    } else {
      merged.push(token);
    }
  }
  return merged;
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
        `<span class="token-line">${mergeRuns(line).map(tokenHtml).join('')}</span>`,
    )
    .join('\n');
}
