/** Strings of the estate (房产) pages, registered under the `estate` key of both locales. */
export { estateZhCN } from './i18n.zh';
export { estateEnUS } from './i18n.en';
