// What a page's card shows, laid out for satori (flexbox, inline styles), as
// plain element objects: satori takes React elements, and these plugin files
// are not compiled as JSX.

/** What a card says. */
export interface CardText {
  /** The page's title, or the site's on the site's own card. */
  title: string;
  description: string;
  siteName: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// The site's colours (src/css/custom.css): its primary blue, its darkest
// shade, and the light blue the dark theme uses for links on dark ground.
const PRIMARY = '#1f4fd1';
const PRIMARY_DARKEST = '#163793';
const PRIMARY_LIGHTEST = '#e0eaff';
const WHITE = '#ffffff';

// The site's logo (static/img/favicon.svg) in white on the blue card: the
// shield without its blue square, which would vanish into the ground.
const LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
    '<path d="M16 5l9 4v6c0 6-4 10-9 12-5-2-9-6-9-12V9z" fill="#fff"/>' +
    '<path d="M12 16l3 3 5-6" stroke="#1f4fd1" stroke-width="2.4" fill="none" stroke-linecap="round" stroke-linejoin="round"/>' +
    '</svg>',
).toString('base64')}`;

// Text keeps 80 px from the sides; satori wraps lines by an element's own
// width, so the box is given one rather than padding on the card.
const TEXT_BOX = { width: CARD_WIDTH - 2 * 80, marginLeft: 80 };

interface Element {
  type: string;
  props: { style?: Record<string, unknown>; children?: unknown } & Record<
    string,
    unknown
  >;
}

function el(
  type: string,
  style: Record<string, unknown>,
  children?: Element | string | (Element | string | false)[],
  props: Record<string, unknown> = {},
): Element {
  return { type, props: { ...props, style, children } };
}

/** The card: the site's logo and name, the title, the description, on the site's blue. */
export function cardElement({ title, description, siteName }: CardText) {
  // On the site's own card the title is the site's name: said once.
  const showSiteName = siteName !== title;
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: PRIMARY,
      color: WHITE,
      fontFamily: 'Inter',
    },
    [
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          gap: 24,
          ...TEXT_BOX,
          marginTop: 64,
        },
        [
          el('img', { width: 64, height: 64 }, undefined, {
            src: LOGO,
            width: 64,
            height: 64,
          }),
          showSiteName &&
            el(
              'div',
              { fontSize: 30, fontWeight: 700, lineClamp: 1 },
              siteName,
            ),
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flexGrow: 1,
          ...TEXT_BOX,
        },
        [
          el(
            'div',
            {
              fontSize: 64,
              fontWeight: 700,
              lineHeight: 1.15,
              letterSpacing: '-0.02em',
              // Two lines at most; a longer title ends in an ellipsis.
              display: 'block',
              lineClamp: 2,
            },
            title,
          ),
          el(
            'div',
            {
              marginTop: 28,
              fontSize: 30,
              lineHeight: 1.4,
              color: PRIMARY_LIGHTEST,
              display: 'block',
              lineClamp: 4,
            },
            description,
          ),
        ],
      ),
      // A band of the darkest shade along the bottom edge.
      el('div', { height: 24, backgroundColor: PRIMARY_DARKEST }),
    ],
  );
}
