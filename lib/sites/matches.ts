/**
 * Match patterns of the job boards where JD Lens runs without being asked.
 * The manifest's host_permissions and the content script's `matches` both read this list,
 * so a board is added in one place. Everything else is analysed on request (activeTab)
 * or after the opt-in "detect postings on every site" (optional <all_urls>).
 */
export const BOARD_MATCHES: string[] = [
  'https://*.linkedin.com/jobs/*', // www. and country hosts (au.linkedin.com guest pages)
  'https://*.indeed.com/*',
  'https://boards.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://*.myworkdayjobs.com/*',
  'https://*.myworkdaysite.com/*', // some tenants: <tenant>.wd<N>.myworkdaysite.com/recruiting/...
  'https://jobs.ashbyhq.com/*',
  'https://jobs.smartrecruiters.com/*',
  'https://wellfound.com/*',
];
