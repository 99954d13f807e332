/**
 * Skill families beyond software engineering (analytics and BI, adtech, business practices,
 * ERP/SCM suites, physical and identity security, healthcare IT, industrial control, finance,
 * design and office tools) and the precision rules that keep them from firing on plain words.
 */
import { describe, expect, it } from 'vitest';
import { getSkill, impliedSkills, scanSkills, scanSoftSkills } from '../../../lib/skills';

const names = (text: string) => scanSkills(text).map((m) => m.skill.name);

describe('families: a posting sentence finds the family member', () => {
  const table: [string, string, string][] = [
    // analytics, BI and experimentation
    ['analytics', 'Experience with Omniture or SiteCatalyst reports', 'Adobe Analytics'],
    ['analytics', '5+ years in web analytics for e-commerce', 'Web analytics'],
    ['analytics', 'Adobe Report Builder and Adobe Target', 'Adobe Report Builder'],
    ['analytics', 'Tealium, Matomo or Webtrends tagging', 'Matomo'],
    ['analytics', 'Statistical process control (SPC) charts', 'Statistical process control'],
    ['analytics', 'Combining analytic methods with advanced data visualizations', 'Data visualization'],
    ['analytics', 'experiment design (A/B test) and funnels', 'A/B testing'],
    // operations research and its optimisation subfield are two skills
    ['analytics', 'Background in operations research and convex optimization', 'Operations research'],
    ['analytics', 'Background in operations research and convex optimization', 'Mathematical optimization'],
    ['analytics', 'Linear programming solvers such as Gurobi', 'Mathematical optimization'],
    ['trades', 'Must be able to work from blueprints and wiring diagrams.', 'Blueprint reading'],
    ['BI', 'Experience with the Microsoft BI Platform', 'Microsoft BI'],
    ['BI', 'MSBI stack: SSIS, SSAS', 'Microsoft BI'],
    ['BI', 'Cognos, Business Objects or Crystal Reports', 'SAP BusinessObjects'],
    ['BI', 'Cognos, Business Objects or Crystal Reports', 'Crystal Reports'],
    ['BI', 'OBIEE and Essbase cubes', 'OBIEE'],
    ['BI', 'Spotfire, Sisense or Pentaho', 'TIBCO Spotfire'],
    ['BI', 'Tableau, Power BI or QlikView', 'Qlik'],
    // adtech and marketing
    ['adtech', 'advertising technology platforms: Ad servers, DSPs, DMPs', 'Ad servers'],
    ['adtech', 'advertising technology platforms: Ad servers, DSPs, DMPs', 'Demand-side platforms'],
    ['adtech', 'advertising technology platforms: Ad servers, DSPs, DMPs', 'Data management platforms'],
    ['adtech', 'Real Time Bidding, SSPs and programmatic media buying', 'Real-time bidding'],
    ['adtech', 'DoubleClick for Publishers and DV360', 'Google Ad Manager'],
    ['adtech', 'DoubleClick for Publishers and DV360', 'Display & Video 360'],
    ['adtech', 'The Trade Desk or AppNexus', 'Xandr'],
    ['marketing', 'SEO, content marketing and affiliate marketing', 'Content marketing'],
    // business practices, SCM and ERP
    ['practice', 'Experience with enterprise architecture and TOGAF', 'Enterprise architecture'],
    ['practice', 'lean software development, DevSecOps', 'Lean'],
    ['practice', 'Lead root cause analysis and FMEA reviews', 'Root cause analysis'],
    ['practice', 'value stream mapping and Kaizen events', 'Value stream mapping'],
    ['scm', 'Experience with supply chain management systems', 'Supply chain management'],
    ['scm', 'demand planning, S&OP and MRP', 'Demand planning'],
    ['scm', 'WMS such as Manhattan Associates or Blue Yonder', 'Warehouse management systems'],
    ['erp', 'Minimum of 10 years with the Lawson Supply Chain product suite', 'Lawson'],
    ['erp', 'JD Edwards EnterpriseOne or PeopleSoft Financials', 'JD Edwards'],
    ['erp', 'JD Edwards EnterpriseOne or PeopleSoft Financials', 'Oracle PeopleSoft'],
    ['erp', 'Dynamics GP (Great Plains) and Sage Intacct', 'Microsoft Dynamics GP'],
    ['erp', 'SAP FICO and SAP MM modules', 'SAP FICO'],
    ['erp', 'built on the SAP Business Technology Platform', 'SAP Business Technology Platform'],
    ['hr', 'Kronos, Workday or Dayforce', 'Kronos'],
    // security: physical and identity
    ['security', 'security technologies including CCTV, Access Control, and Incident Management Systems', 'CCTV'],
    ['security', 'security technologies including CCTV, Access Control, and Incident Management Systems', 'Access control'],
    ['security', 'Lenel OnGuard or Genetec Security Center', 'Lenel'],
    ['security', 'Oracle Identity Manager(OIM), Random Password Manager (RPM), Active Roles Servers(ARS)', 'Random Password Manager'],
    ['security', 'Oracle Identity Manager(OIM), Random Password Manager (RPM), Active Roles Servers(ARS)', 'Active Roles'],
    ['security', 'CyberArk, BeyondTrust or Thycotic for PAM', 'Privileged access management'],
    ['security', 'QRadar, ArcSight or Microsoft Sentinel', 'IBM QRadar'],
    ['security', 'knowledge of NERC CIP standards', 'NERC CIP'],
    // healthcare IT
    ['healthcare', 'PACS, RIS and DICOM workflows', 'PACS'],
    ['healthcare', 'PACS, RIS and DICOM workflows', 'DICOM'],
    ['healthcare', 'LIMS administration', 'Laboratory information management systems'],
    ['healthcare', 'ICD-9-CM and CPT codes', 'ICD coding'],
    ['healthcare', 'Medidata Rave, Veeva Vault', 'Veeva'],
    // industrial and energy
    ['industrial', 'continuous emissions monitor (CEM) systems', 'Continuous emissions monitoring'],
    ['industrial', 'DCS, PLC and GE Mark VI turbine control equipment', 'GE Mark VI'],
    ['industrial', 'DeltaV or Experion PKS', 'Emerson DeltaV'],
    ['industrial', 'Wonderware InTouch HMIs and the PI Historian', 'Wonderware'],
    ['industrial', 'Wonderware InTouch HMIs and the PI Historian', 'OSIsoft PI'],
    ['industrial', 'RSLogix 5000 and FactoryTalk View', 'Studio 5000'],
    ['industrial', 'BACnet and Metasys building controls', 'BACnet'],
    ['industrial', 'Must be able to read blueprints and P&IDs', 'P&ID'],
    ['industrial', 'Reading blueprints is required', 'Blueprint reading'],
    // finance, design, office, cloud
    ['finance', 'Bloomberg, Eikon and financial modeling', 'Refinitiv Eikon'],
    ['finance', 'Bloomberg, Eikon and financial modeling', 'Financial modeling'],
    ['finance', 'Anaplan or Hyperion Planning', 'Oracle Hyperion'],
    ['design', 'Axure, Balsamiq and Cinema 4D', 'Axure'],
    ['design', 'Axure, Balsamiq and Cinema 4D', 'Cinema 4D'],
    ['office', 'Tableau, Excel, PowerPoint/Keynote', 'Apple Keynote'],
    ['office', 'Lotus Notes and Google Forms', 'Lotus Notes'],
    ['cloud', 'cloud infrastructure - AWS or C2S preferred', 'AWS C2S'],
    ['devops', 'Cloud Technologies including AWS containers and Kubernetes', 'Containerization'],
  ];
  it.each(table)('%s: %j -> %s', (_family, text, name) => {
    expect(names(text), `add the ${name} family member to lib/skills/curated.ts`).toContain(name);
  });

  it('ESCO allow-listed fields survive the English-word filter of the build', () => {
    for (const n of ['Web analytics', 'Statistical process control', 'Reverse engineering', 'Building automation', 'Power electronics'])
      expect(getSkill(n)?.name, n).toBe(n);
    expect(getSkill('CAD')?.name).toBe('CAD');
  });

  it('family members imply their suite or field', () => {
    expect(impliedSkills('SAP FICO')).toContain('SAP');
    expect(impliedSkills('Emerson DeltaV')).toContain('Distributed control systems');
    expect(impliedSkills('Microsoft BI')).toContain('Business intelligence');
    expect(impliedSkills('Adobe Analytics')).toContain('Web analytics');
  });
});

describe('families: plain words and other senses do not fire', () => {
  const rejected: [string, string][] = [
    ['We take active roles in the community.', 'Active Roles'],
    ['Contact John Lawson for details.', 'Lawson'],
    ['She gave the keynote at the conference.', 'Apple Keynote'],
    ['Load and unload containers at the dock.', 'Containerization'],
    ['achieve supply chain resilience in the face of disruption', 'Supply chain management'],
    ['accommodation costs (heating, lighting etc.)', 'HVAC'],
    ['DSP firmware on TI DSPs', 'Demand-side platforms'],
  ];
  it.each(rejected)('%j does not find %s', (text, name) => expect(names(text)).not.toContain(name));

  it('DSP is signal processing unless the posting speaks of advertising', () => {
    expect(names('DSP firmware in C for audio')).toContain('Signal processing');
    expect(names('programmatic advertising across DSPs and SSPs')).toContain('Demand-side platforms');
    expect(names('programmatic advertising across DSPs and SSPs')).not.toContain('Signal processing');
  });
});

describe('generic classes count only in a list of skills or alone on their line', () => {
  const found: [string, string][] = [
    ['Strong knowledge of data structures and algorithms', 'Algorithms'],
    ['Experience with Relational Databases and SQL', 'Relational databases'],
    ['Operating systems: Linux, Windows', 'Linux'],
    ['• Operating Systems', 'Operating systems'],
    ['Strong UI/UX and wireframing experience', 'UI design'],
    ['JavaScript, UI and Front End', 'UI design'],
    ['Agile, Scrum, project management', 'Project management'],
    ['5+ years of back-end development', 'Backend development'],
  ];
  it.each(found)('%j finds %s', (text, name) => expect(names(text)).toContain(name));

  const rejected: [string, string][] = [
    ['Extensive experience with predictive modeling algorithms', 'Algorithms'],
    ['Hands on experience in Adobe Analytics UI (Omniture)', 'UI design'],
    ['information security principles and IT infrastructure including operating systems, applications, communications and network protocols', 'Operating systems'],
    ['including analysis services cubes, relational databases, and other sources', 'Relational databases'],
    ['architecting data backend systems on platforms like Azure and AWS', 'Backend development'],
    ['the infrastructure, operations, and project management required to execute', 'Project management'],
    ['Senior Backend Engineer', 'Backend development'],
    ['Full Stack Developer (Remote)', 'Full-stack development'],
  ];
  it.each(rejected)('%j does not find %s', (text, name) => expect(names(text)).not.toContain(name));
});

describe('coordination that shares a tail names both skills', () => {
  const table: [string, string[]][] = [
    ['Google and/or Adobe Analytics experience is preferred', ['Google Analytics', 'Adobe Analytics']],
    ['Experience with A/B and Multivariate test design', ['A/B testing', 'Multivariate testing']],
    ['unit and integration tests', ['Unit testing', 'Integration testing']],
    ['Google or Facebook Ads', ['Google Ads', 'Facebook Ads']],
  ];
  it.each(table)('%j -> %j', (text, expected) => {
    const ms = scanSkills(text);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    for (const n of expected) expect(ms.map((m) => m.skill.name)).toContain(n);
  });
  it.each([
    ['Java and Spring Boot', 'Spring Boot'],
    ['the and Adobe Analytics', 'Adobe Analytics'],
  ])('%j only finds what it names', (text, only) => {
    expect(names(text).filter((n) => n !== 'Java')).toEqual([only]);
  });
  it.each([
    ['We use SAP and Power BI.', ['SAP', 'Power BI']],
    ['Oracle and SQL Server databases', ['Oracle', 'SQL Server']],
  ])('%j: a word that is a skill of its own is not an elided one', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('soft skills: phrase patterns and non-soft senses', () => {
  const table: [string, string[]][] = [
    ['Works in a team to drive innovation', ['Teamwork']],
    ['Ability to work in a co-located team', ['Teamwork']],
    ["You're a phenomenal teammate", ['Teamwork']],
    ['Serve as a team member on projects', ['Teamwork']],
    ['Ability to clearly articulate optimization opportunities', ['Communication']],
    ['present to both technical and non-technical audiences', ['Communication']],
    ['demonstrated ability to work cross-functionally with multiple teams', ['Collaboration']],
    ['manage multiple tasks and priorities on very tight deadlines', ['Time management', 'Time management']],
    ['Organised - manage workload and meet project deadlines', ['Time management', 'Time management']],
    ['apply solutions to complex problems', ['Problem solving']],
    ['operate with enthusiasm and flexibility in a fast-paced environment', ['Adaptability']],
    ['bright, ambitious, hard-working and flexible, and curious', ['Adaptability']],
    ['Sweat the details and strive for accuracy', ['Attention to detail', 'Attention to detail']],
    ['Hire, coach and drive a high performance team', ['Mentoring', 'Leadership']],
    ['People management experience', ['Leadership']],
  ];
  it.each(table)('%j -> %j', (text, expected) => expect(scanSoftSkills(text).map((m) => m.name)).toEqual(expected));

  it.each([
    'We offer a balanced and flexible approach to office and home working.',
    'Flexible hours and remote work; we can be flexible with hours.',
    'build supply chain resilience and resilient systems',
    'a self-motivated and self-directed professional with accountability for the budget',
    'strong troubleshooting skills on Linux',
    'our Agile coach runs the retro',
  ])('%j has no soft skill', (text) => expect(scanSoftSkills(text)).toEqual([]));
});
