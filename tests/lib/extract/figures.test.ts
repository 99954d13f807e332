import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// [text, minYears, maxYears] ; null,null = no experience figure
const YEARS: [string, number | null, number | null][] = [
  ['Requirements\n- 3+ years of professional experience', 3, null],
  ['3-5 years of experience building web services.', 3, 5],
  ['A minimum of five years of experience in backend development.', 5, null],
  ['At least 6-8 years of experience in data engineering.', 6, 8],
  ['2 to 4 years of experience, or 4 to 8 years of experience in a related role', 2, 8],
  ['8+ years of software engineering experience, including 2 years of machine learning.', 8, null],
  ['Minimum of 6 months customer support experience required.', 0.5, null],
  ['Requirements\n- Two years of experience with SQL', 2, null],
  ['5-8 yrs exp', 5, 8],
  ['Requirements\n- At least three (3) years of experience', 3, null],
  ['Requirements\n- Five or more years of experience', 5, null],
  ['Requirements\n- 7-10 years of professional experience', 7, 10],
  ['We have over 15 years of experience delivering solutions.', null, null],
  ['Preferred qualifications:\n- 10 years of experience in management', null, null],
  ['Applicants must be 18 years or older.', null, null],
  ['You will own a 3-5 year roadmap for the platform.', null, null],
  ['We have been in business for over 20 years.', null, null],
  ['With 20 years in business, we know logistics.', null, null],
  ['This is a 2 year contract with possible extension.', null, null],
  ['Employment for a fixed term of three years with possible extension.', null, null],
  ['Tenure: Three years', null, null],
  ['Rely on our 40 years of experience operating rigs.', null, null],
  ['Students who worked during the three years prior to joining.', null, null],
  ['Our founder has 13 years of startup experience and previously founded a data company.', null, null],
  ['For almost 30 years, clients have trusted us.', null, null],
  ['Kids aged 5 years old and up.', null, null],
  ['One year access to our learning platform.', null, null],
  // "of successful ..." is not "of success"; a singular unit before an experience noun phrase
  ['Qualifications\nAt least 6 years of successful product delivery experience.', 6, null],
  ['Must have: 1 year retail sales related experience required', 1, null],
  ['Building on 25 years of success in retail.', null, null],
  // same floor twice, one with a ceiling: the ceiling stands
  ['Requirements: 4+ years of experience in this role. 4 to 6 years network engineering experience required.', 4, 6],
  ['Requirements: 4+ years of network engineering experience. 4-6 years of firewall experience required.', 4, 6],
  // a field with its abbreviation and a narrower head is an area, not the whole role
  ['Requirements:\n- 2+ years of Human Resources (HR) Operations experience.\n- 4+ years of payroll systems experience.', 4, null],
];

describe('years of experience', () => {
  it.each(YEARS)('%j -> %s..%s', (text, min, max) => {
    const e = run(text).experience;
    const got = e && e.minYears !== null ? [e.minYears, e.maxYears] : [null, null];
    expect(got, `years in ${JSON.stringify(text)}: see lib/extract/years.ts (BAD_AFTER/BAD_BEFORE for negatives)`).toEqual([min, max]);
  });

  it('records per-skill figures', () => {
    const e = run('Requirements\n- 5+ years of experience with Java and Kotlin\n- Python: 3 years')!.experience!;
    const per = Object.fromEntries((e.perSkill ?? []).map((p) => [p.skill, p.minYears]));
    expect(per).toMatchObject({ Java: 5, Kotlin: 5, Python: 3 });
  });
});

// [text, min, max, currency, period] ; null = no salary
type Pay = [string, number | null, number | null, string, string] | [string, null];
const SALARY: Pay[] = [
  ['Salary: $120,000 - $150,000 per year', 120000, 150000, 'USD', 'year'],
  ['Compensation: $85-125K', 85000, 125000, 'USD', 'year'],
  ['Employer Provided Salary:$150K-$160K', 150000, 160000, 'USD', 'year'],
  ['Pay: $25-$28 Per Hour', 25, 28, 'USD', 'hour'],
  ['CTC: 7-18 LPA', 700000, 1800000, 'INR', 'year'],
  ['Salary 4-5 Lacs PA', 400000, 500000, 'INR', 'year'],
  ['Annual compensation of £40-65,000 depending on experience', 40000, 65000, 'GBP', 'year'],
  ['Gehalt: € 52.500 pro Jahr, compensation fixed', 52500, 52500, 'EUR', 'year'],
  ['Up to $160K base', null, 160000, 'USD', 'year'],
  ['Day rate: £450 per day', 450, 450, 'GBP', 'day'],
  ['€4,000 per month gross salary', 4000, 4000, 'EUR', 'month'],
  ['$1,000-$1,500 per week', 1000, 1500, 'USD', 'week'],
  ['Melbourne VIC 3000. Salary $130,000 - $160,000 a year', 130000, 160000, 'AUD', 'year'],
  ['Salary A$140,000 - A$170,000', 140000, 170000, 'AUD', 'year'],
  // several countries named: the role's own office decides, else the fixed order
  ['Studios in Wellington, Paris and Brisbane. You will join our Wellington studio. Salary $70,000 - $80,000', 70000, 80000, 'NZD', 'year'],
  ['Offices in Brisbane and Wellington. Salary $70,000 - $80,000', 70000, 80000, 'AUD', 'year'],
  ['Based in Calgary, serving clients in Boston and Chicago. Salary $90,000 - $100,000', 90000, 100000, 'CAD', 'year'],
  ['USD 120,000-150,000 per annum', 120000, 150000, 'USD', 'year'],
  ['150-250k + equity + benefits', 150000, 250000, 'USD', 'year'],
  ['CTC: ₹12,00,000 - ₹18,00,000 per annum', 1200000, 1800000, 'INR', 'year'],
  ['₹4L–₹24L/yr', 400000, 2400000, 'INR', 'year'],
  ['$250–400K+', 250000, 400000, 'USD', 'year'],
  ['Hourly rate: 35-45 USD', 35, 45, 'USD', 'hour'],
  ['Base salary range $150,000—$190,000 USD', 150000, 190000, 'USD', 'year'],
  ['The minimum collective salary is EUR 46.269,33 gross per annum.', 46269.33, 46269.33, 'EUR', 'year'],
  ['A pensionable annual salary of DKK 174,952.', 174952, 174952, 'DKK', 'year'],
  ['Working split shifts: 7.00 am to 2.30 pm, 40 hours per week.', null],
  ['Variable speed drives from 0.25 kW to 90kW, sales per year up.', null],
  ['Competitive salary, DOE.', null],
  ['We offer a $500 learning budget and gym allowance of $50 per month.', null],
  ['Referral bonus of $2,000 for every hire.', null],
  ['We just raised a $20M Series B.', null],
  ['Gym membership reimbursement up to £100 a month.', null],
  ['Matching 401k and great benefits.', null],
];

describe('salary', () => {
  it.each(SALARY)('%j', (text, ...want) => {
    const s = run(text).salary;
    if (want[0] === null && want.length === 1) {
      expect(s, `no pay figure in ${JSON.stringify(text)}: add a veto in lib/extract/salary.ts`).toBeNull();
      return;
    }
    expect(s && [s.min, s.max, s.currency, s.period], `pay in ${JSON.stringify(text)}`).toEqual(want);
  });
});

describe('seniority', () => {
  it.each([
    ['Senior Backend Engineer', '', 'senior'],
    ['Sr. Data Analyst', '', 'senior'],
    ['Staff Software Engineer', '', 'staff'],
    ['Principal Architect', '', 'staff'],
    ['Engineering Manager', '', 'lead'],
    ['Tech Lead, Payments', '', 'lead'],
    ['Director of Engineering', '', 'director'],
    ['Software Engineering Intern', '', 'intern'],
    ['Junior Frontend Developer', '', 'junior'],
    ['Graduate Software Engineer', '', 'junior'],
    ['Software Engineer II', '', 'mid'],
    ['Backend Developer', 'Requirements\n- 6+ years of experience', 'senior'],
    ['Backend Developer', 'Requirements\n- 3+ years of experience', 'mid'],
    ['Backend Developer', 'Requirements\n- 1 year of experience', 'junior'],
    ['Backend Developer', 'We are looking for a Senior Backend Developer to join.', 'senior'],
    ['Backend Developer', 'Build things.', null],
  ] as const)('%s + %j -> %s', (title, body, want) => {
    expect(run(body, { title }).seniority).toBe(want);
  });
});

describe('work mode', () => {
  it.each([
    ['This is a fully remote position.', 'remote'],
    ['Location: Remote (US only)', 'remote'],
    ['Acme | Backend Engineer | REMOTE | Full-time', 'remote'],
    ['Hybrid: 3 days a week in the office.', 'hybrid'],
    ['You will spend two days in the office each week.', 'hybrid'],
    ['Remote OK', 'remote'],
    ['You can work remotely from anywhere in Canada.', 'remote'],
    ['This role is on-site in Austin, TX.', 'onsite'],
    ['The associate will be based in Denver, CO.', 'onsite'],
    ['Remote work is not available for this role; work from our Berlin office.', 'onsite'],
    ['We build remote monitoring tools for hospitals.', null],
    ['Plan in-person and remote user research.', null],
    ['Offices in New York and London.', null],
  ] as const)('%j -> %s', (text, want) => {
    expect(run(text).workMode).toBe(want);
  });
});
