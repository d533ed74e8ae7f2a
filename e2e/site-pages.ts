import sidebars from '../sidebars';

/** Every page of the site, for the checks that must cover them all: the home page and the guide's sidebar. */
export const SITE_PAGES = [
  '/',
  ...(sidebars.guide as string[]).map((id) => `/docs/${id}`),
];

/** The page of the guide that shows a route of the JWT app (the one its `section` names). */
export function guidePageOf(section: string | undefined): string {
  if (!section) throw new Error('This route has no page in the guide');
  return `/docs/${section.split('#')[0]}`;
}
