import { PLACES, SESSION_LAYER, type Place } from './places';
import styles from './styles.module.css';

const WIDTH = 440;
/** Room on the right for an arrow that passes a box. */
const GUTTER = 28;
const BOX_WIDTH = WIDTH - GUTTER;
const PAD = 16;
const GAP = 40;
const LINE = 22;
const NOTE_LINE = 17;
// Characters per line, kept short enough for wide fonts (DejaVu).
const TOOL_CHARS = 44;
const TEXT_CHARS = 48;
const NOTE_CHARS = 54;

/**
 * Word wrap: lines of at most `max` characters where words allow, and no
 * last line of a single word when the line above can spare one.
 */
function wrap(text: string, max: number): string[] {
  const lines: string[][] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last && [...last, word].join(' ').length <= max) last.push(word);
    else lines.push([word]);
  }
  const [above, last] = lines.slice(-2);
  const spare = above?.at(-1);
  if (
    above &&
    spare &&
    last?.length === 1 &&
    above.length > 2 &&
    `${spare} ${last[0]}`.length <= max
  ) {
    last.unshift(above.pop()!);
  }
  return lines.map((words) => words.join(' '));
}

interface Laid extends Place {
  /** Its number among the places that check, if it is one. */
  number?: number;
  y: number;
  height: number;
  tools: string[];
  texts: string[];
  notes: string[];
  /** Drawn straight down from the box above, or around it from `from`. */
  fromIndex: number;
}

/** Each place's lines, and where its box goes. */
const LAID = PLACES.reduce<Laid[]>((laid, place, i) => {
  const tools = wrap(place.tool, TOOL_CHARS);
  const texts = [
    ...wrap(`sees: ${place.sees}`, TEXT_CHARS),
    ...wrap(`protects: ${place.protects}`, TEXT_CHARS),
  ];
  const noteText = place.note ?? (place.sessionLayer ? SESSION_LAYER : '');
  const notes = noteText ? wrap(noteText, NOTE_CHARS) : [];
  const noteHeight = notes.length ? notes.length * NOTE_LINE + 12 + 8 : 0;
  const height = 34 + (tools.length + texts.length) * LINE + 4 + noteHeight;
  const above = laid.at(-1);
  const y = above ? above.y + above.height + GAP : 0;
  const fromIndex = place.from
    ? PLACES.findIndex((p) => p.name === place.from)
    : i - 1;
  const number = place.passes
    ? undefined
    : laid.filter((p) => !p.passes).length + 1;
  laid.push({ ...place, number, y, height, tools, texts, notes, fromIndex });
  return laid;
}, []);

const last = LAID.at(-1);
const HEIGHT = last ? last.y + last.height : 0;

/** The arrow into a place: straight down, or around the boxes between. */
function Arrow({ to, index }: { to: Laid; index: number }) {
  const from = LAID[to.fromIndex];
  if (!from) return null;
  if (to.fromIndex === index - 1) {
    const x = BOX_WIDTH / 2;
    return (
      <g>
        <line
          x1={x}
          y1={from.y + from.height}
          x2={x}
          y2={to.y - 6}
          className={styles.arrow}
          markerEnd="url(#request-path-arrow)"
        />
        {to.via && (
          <text x={x + 10} y={to.y - GAP / 2 + 5} className={styles.via}>
            {to.via}
          </text>
        )}
      </g>
    );
  }
  // Out of the right side of `from`, down the gutter, into the right side of `to`.
  const x = BOX_WIDTH + GUTTER / 2;
  const y1 = from.y + from.height / 2;
  const y2 = to.y + 34;
  const leaveY = from.y + from.height + GAP / 2;
  return (
    <g>
      <path
        d={`M${BOX_WIDTH} ${y1} H${x} V${y2} H${BOX_WIDTH + 6}`}
        className={styles.arrow}
        fill="none"
        markerEnd="url(#request-path-arrow)"
      />
      {to.via && (
        <text x={x - 8} y={leaveY + 5} textAnchor="end" className={styles.via}>
          {to.via}
        </text>
      )}
    </g>
  );
}

/**
 * Where a check can run on a request's way through a Next.js app, and what
 * each place can see and protect: an SVG drawn in the theme's colours, with
 * the same facts as text for screen readers.
 */
export default function RequestPath() {
  return (
    <figure className={styles.figure}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={styles.diagram}
        role="img"
        aria-labelledby="request-path-title"
        aria-describedby="request-path-text"
      >
        <title id="request-path-title">
          Two places a request passes, then the five where it can be checked
        </title>
        <defs>
          <marker
            id="request-path-arrow"
            viewBox="0 0 10 10"
            refX="5"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
          </marker>
        </defs>
        {LAID.map((place, i) => {
          const { y } = place;
          let lineY = y + 30;
          const noteTop =
            y + place.height - 8 - (place.notes.length * NOTE_LINE + 12);
          return (
            <g key={place.name}>
              <Arrow to={place} index={i} />
              <rect
                x="1"
                y={y + 1}
                width={BOX_WIDTH - 2}
                height={place.height - 2}
                rx="10"
                className={`${styles.box} ${place.adds ? styles.adds : ''} ${place.passes ? styles.passes : ''}`}
              />
              <text x={PAD} y={lineY} className={styles.name}>
                {place.number ? `${place.number}. ` : ''}
                {place.name}
              </text>
              {place.tools.map((line, n) => (
                <text
                  key={`tool-${n}`}
                  x={PAD}
                  y={(lineY += LINE)}
                  className={styles.tool}
                >
                  {line}
                </text>
              ))}
              {place.texts.map((line, n) => (
                <text
                  key={`text-${n}`}
                  x={PAD}
                  y={(lineY += LINE)}
                  className={styles.line}
                >
                  {line}
                </text>
              ))}
              {place.notes.length > 0 && (
                <>
                  <rect
                    x={8}
                    y={noteTop}
                    width={BOX_WIDTH - 16}
                    height={place.notes.length * NOTE_LINE + 12}
                    rx="6"
                    className={place.note ? styles.note : styles.layer}
                  />
                  {place.notes.map((line, n) => (
                    <text
                      key={`note-${n}`}
                      x={PAD}
                      y={noteTop + 19 + n * NOTE_LINE}
                      className={styles.noteText}
                    >
                      {line}
                    </text>
                  ))}
                </>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption id="request-path-text" className={styles.caption}>
        In production a request may first pass a CDN or shared cache and a
        reverse proxy. Neither checks anything, but each can undo the checks: a
        cache that stores an answer which read a session serves it to the next
        visitor, and an app that does not know its public URL sends redirects
        and cookies to the wrong place. Then it meets the proxy, then the server
        render of the page, then the browser running it. The page then reads its
        data from API routes and changes it with Server Actions: each a request
        of its own, checked again there (and met by the proxy again where its
        path matches). In the App Router, the server render, route handlers and
        Server Actions read the session one way: through the session layer,{' '}
        <code>lib/session.ts</code>. The proxy can turn a visitor away early,
        but it is a first line: an optimistic check; the real one happens where
        the data is. The browser only decides what to show. Dashed boxes only
        add to the server&apos;s checks; dotted ones check nothing.
      </figcaption>
    </figure>
  );
}
