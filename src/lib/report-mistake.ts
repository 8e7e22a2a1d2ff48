/**
 * The "Report a mistake" link of an article: to the issue tracker or mail address the site was built
 * with (REPORT_MISTAKE_URL / REPORT_MISTAKE_EMAIL, read in src/site-config.mjs), with the page's title and
 * address filled in. Only a link: nothing is sent from the page.
 */
import { reportMistakeSetting } from '../site-config.mjs';

export interface ReportSetting {
  url?: string;
  email?: string;
}

/** Checks the setting once, so a typo fails the build instead of printing a broken link on every page. */
export function checkReportSetting(setting: ReportSetting): ReportSetting {
  if (setting.url) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(setting.url.replace(/\{(title|url)\}/g, 'x'));
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol))
      throw new Error(
        `REPORT_MISTAKE_URL: "${setting.url}" is not an http(s) address; give the issue tracker's "new issue" URL.`,
      );
  }
  if (setting.email && !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(setting.email))
    throw new Error(`REPORT_MISTAKE_EMAIL: "${setting.email}" is not an e-mail address.`);
  return setting;
}

/** The setting this build was made with (from the environment), checked. */
export function siteReportSetting(): ReportSetting {
  return checkReportSetting(reportMistakeSetting());
}

/** The link for a page, or undefined when the site was built without a place to report to. */
export function reportMistakeHref(page: { title: string; url: string }, setting: ReportSetting): string | undefined {
  if (setting.url)
    return setting.url
      .replaceAll('{title}', encodeURIComponent(page.title))
      .replaceAll('{url}', encodeURIComponent(page.url));
  if (setting.email) {
    const subject = `Mistake on "${page.title}"`;
    const body = `Page: ${page.url}\n\nWhat is wrong, and (if you know one) a source that shows it:\n`;
    return `mailto:${setting.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return undefined;
}
