import type { WrapperProps } from '@docusaurus/types';
import CopyPage from '@site/src/components/CopyPage';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

/**
 * The theme's breadcrumbs, with "Copy page" at the end of their row: above
 * the page's title, on every doc page, without copying the theme's code.
 */
export default function DocBreadcrumbsWithCopyPage(props: Props) {
  return (
    <div className={styles.row}>
      <DocBreadcrumbs {...props} />
      <CopyPage />
    </div>
  );
}
