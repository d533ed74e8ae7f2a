// A page of an example app, as the previews import it (preview-page.tsx):
// a component. Each app type-checks its own pages (tsc -p examples/<app>).
declare module '@example-apps/*' {
  import type { ComponentType } from 'react';

  const Page: ComponentType;
  export default Page;
}
