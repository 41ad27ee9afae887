/** The add-in's version, as package.json states it (written to 说明 and `_wp_meta`). */
import { version } from '../../package.json';

/** Version string of this build. */
export const APP_VERSION: string = version;
