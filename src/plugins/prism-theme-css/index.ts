import type { LoadContext, Plugin } from '@docusaurus/types';
import type { PrismTheme } from 'prism-react-renderer';
import { themeCss } from './theme-css';

interface PrismThemeConfig {
  prism: { theme: PrismTheme; darkTheme: PrismTheme };
}

/**
 * Puts the site's Prism themes in the page head as CSS, so code highlighted at
 * build time shows the same colours in both modes without any script.
 */
export default function prismThemeCss(context: LoadContext): Plugin {
  const { prism } = context.siteConfig
    .themeConfig as unknown as PrismThemeConfig;
  const css = [
    themeCss(prism.theme, 'light'),
    themeCss(prism.darkTheme, 'dark'),
  ].join('\n');
  return {
    name: 'prism-theme-css',
    injectHtmlTags: () => ({
      headTags: [{ tagName: 'style', innerHTML: css }],
    }),
  };
}
