/**
 * The classic theme calls this at start to add Prism languages. Nothing is
 * highlighted in the browser here (see plugins/include-examples), and the
 * theme's own version bundles Prism's whole language list even when none is
 * added.
 */
export default function prismIncludeLanguages(): void {}
