/** Whether a link leaves the site (and so gets rel="noopener noreferrer"). */
export function isExternalUrl(url: string, siteOrigin: string): boolean {
  try {
    return new URL(url).origin !== siteOrigin;
  } catch {
    return true;
  }
}
