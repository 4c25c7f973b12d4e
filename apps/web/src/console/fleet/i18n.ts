/** Strings of the fleet (公务用车) pages, registered under the `fleet` key of both locales. */
export { fleetZhCN } from './i18n.zh';
export { fleetEnUS } from './i18n.en';
