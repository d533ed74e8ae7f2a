// What the classic theme imports from prism-react-renderer (its
// prism-include-languages client module), where nothing is highlighted.
export const Prism = { languages: {} };
