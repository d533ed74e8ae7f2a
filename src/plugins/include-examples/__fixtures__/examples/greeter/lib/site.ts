import { add } from './math';

export const title = `${SITE_NAME} ${add(1, 2)}`;
