import { describe, expect, it } from 'vitest';
import { checkReportSetting, reportMistakeHref } from '../../src/lib/report-mistake';
import { reportMistakeSetting } from '../../src/site-config.mjs';

const page = { title: 'Empathy & you', url: 'https://example.org/what-heals/empathy/' };

describe('the report-a-mistake setting', () => {
  it('is read from REPORT_MISTAKE_URL and REPORT_MISTAKE_EMAIL, and is empty without them', () => {
    expect(reportMistakeSetting({})).toEqual({ url: undefined, email: undefined });
    expect(reportMistakeSetting({ REPORT_MISTAKE_EMAIL: 'fix@example.org' })).toEqual({
      url: undefined,
      email: 'fix@example.org',
    });
  });
  it('rejects an address that is not http(s), and an e-mail without a domain, naming the variable', () => {
    expect(() => checkReportSetting({ url: 'javascript:alert(1)' })).toThrow(/^REPORT_MISTAKE_URL: /);
    expect(() => checkReportSetting({ email: 'fix@localhost' })).toThrow(/^REPORT_MISTAKE_EMAIL: /);
    expect(checkReportSetting({ url: 'https://git.example.org/site/issues/new?title={title}' })).toBeTruthy();
  });
});

describe('reportMistakeHref', () => {
  it('offers nothing when the site was built without a place to report to', () => {
    expect(reportMistakeHref(page, {})).toBeUndefined();
  });
  it("fills the page's title and address into the issue tracker URL", () => {
    expect(
      reportMistakeHref(page, {
        url: 'https://git.example.org/site/issues/new?title=Mistake%20on%20{title}&body={url}',
      }),
    ).toBe(
      'https://git.example.org/site/issues/new?title=Mistake%20on%20Empathy%20%26%20you&body=https%3A%2F%2Fexample.org%2Fwhat-heals%2Fempathy%2F',
    );
  });
  it('writes a mailto: link with the title as subject and the address in the body', () => {
    const mail = new URL(reportMistakeHref(page, { email: 'fix@example.org' }) ?? 'missing:');
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('fix@example.org');
    expect(mail.searchParams.get('subject')).toBe('Mistake on "Empathy & you"');
    expect(mail.searchParams.get('body')).toContain('Page: https://example.org/what-heals/empathy/');
  });
  it('prefers the issue tracker when both are set', () => {
    expect(reportMistakeHref(page, { url: 'https://git.example.org/new', email: 'fix@example.org' })).toBe(
      'https://git.example.org/new',
    );
  });
});
