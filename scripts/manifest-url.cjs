// Rewrites the manifest's development URLs to where an office's IT hosts the add-in (ADDIN_BASE_URL).

/** The base URL written in manifest.xml, served by `npm start`. */
const DEV_BASE_URL = 'https://localhost:3000';

/** Returns the manifest text with every URL moved from DEV_BASE_URL to baseUrl; AppDomain gets the origin alone. */
function rewriteManifest(xml, baseUrl) {
  const base = String(baseUrl).replace(/\/+$/, '');
  let origin;
  try {
    origin = new URL(base).origin;
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址 / is not a valid URL: ${baseUrl}`);
  }
  if (!/^https:\/\//.test(base) && !/^http:\/\/localhost(:\d+)?$/.test(origin)) {
    // Office refuses add-ins served over plain HTTP except from localhost.
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头 / must start with https://: ${baseUrl}`);
  }
  return xml
    .replace(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`)
    .split(`${DEV_BASE_URL}/`)
    .join(`${base}/`);
}

module.exports = { DEV_BASE_URL, rewriteManifest };
