import { describe, expect, it } from 'vitest';
import { levelOf, run } from './helpers';

// [text, skill, expected level ('absent' = not a skill of the posting)]
type Case = [string, string, 'required' | 'preferred' | 'mentioned' | 'absent'];

const SECTION_CASES: Case[] = [
  ['Requirements\n- Python\n- SQL', 'Python', 'required'],
  ['Must have:\n- Kubernetes', 'Kubernetes', 'required'],
  ['Minimum qualifications:\nExperience with Java.', 'Java', 'required'],
  ['Basic Qualifications\n• Terraform', 'Terraform', 'required'],
  ["What you'll need\n* Docker", 'Docker', 'required'],
  ['You have\n- Strong React skills', 'React', 'required'],
  ['Nice to have\n- GraphQL', 'GraphQL', 'preferred'],
  ['Preferred qualifications:\nExperience with Kafka.', 'Kafka', 'preferred'],
  ['Bonus points\n- Rust', 'Rust', 'preferred'],
  ['Desired skills\n- Tableau', 'Tableau', 'preferred'],
  ['About us\nWe built our product on AWS and PostgreSQL.', 'AWS', 'mentioned'],
  ['Responsibilities\n- Deploy services to AWS', 'AWS', 'mentioned'],
  ['Responsibilities\n- Provide knowledge of machine learning to teams', 'Machine learning', 'mentioned'],
  ['Responsibilities\n- 3+ years of Go in production', 'Go', 'required'],
  ['Benefits\n- Free Docker swag', 'Docker', 'mentioned'],
  ['Requirements: Python and Django. Nice to have: Redis.', 'Redis', 'preferred'],
  ['Requirements: Python and Django. Nice to have: Redis.', 'Django', 'required'],
  ['Tech stack: React, Node.js, PostgreSQL', 'React', 'mentioned'],
  ['We are looking for a developer with:\n- TypeScript\n- Vue', 'Vue', 'required'],
  ['Our team\nWe use Go and gRPC every day.', 'gRPC', 'mentioned'],
  // LABELING's own demand cues hold among duties; other descriptors describe the work
  ['Responsibilities\n- Strong experience with Kafka', 'Kafka', 'required'],
  ['Responsibilities\n- Proficiency in Terraform for our infrastructure', 'Terraform', 'required'],
  ['Responsibilities\n- Build pipelines in Airflow. Expert knowledge of dbt is essential.', 'dbt', 'required'],
  ['Responsibilities\n- Build pipelines in Airflow. Expert knowledge of dbt is essential.', 'Airflow', 'mentioned'],
  ['Responsibilities\n- Build strong relationships with Salesforce admins', 'Salesforce', 'mentioned'],
  ['Responsibilities\n- Gain solid experience with Snowflake and dbt', 'Snowflake', 'mentioned'],
  ['Responsibilities\n- Develop a deep understanding of Kafka internals', 'Kafka', 'mentioned'],
  // "<Kind> include:" and "<Kind> level:" are headings too
  ['Requirements:\n- Python\nThe duties include:\n- Run audits on Jenkins pipelines', 'Jenkins', 'mentioned'],
  ['Requirements: Python. Main tasks include: operate the Jenkins servers', 'Jenkins', 'mentioned'],
  ['Skills: Python. Responsibility level: maintain the Jenkins farm', 'Jenkins', 'mentioned'],
  // an upper-case heading glued to its first item
  ['Requirements\n- Python\nWe are hiring.KEY FUNCTIONS-Run audits on Jenkins pipelines.-Patch servers', 'Jenkins', 'mentioned'],
  ['Requirements\n- Python\nWe are hiring.KEY FUNCTIONS-Run audits on Jenkins pipelines.-Patch servers', 'Python', 'required'],
  ['Requirements\n- Python.AWS Lambda experience', 'AWS Lambda', 'required'],
  // a heading noun glued to its first word ends the section before it
  ['Nice to have: Kafka is really nice to have. DescriptionThe ideal candidate works across Windows and Linux.', 'Linux', 'mentioned'],
  ['Nice to have: Kafka is a plus.\u00a0DescriptionThe ideal candidate works across Windows and Linux.', 'Linux', 'mentioned'],
  ['Nice to have: Kafka is a plus. DescriptionThe ideal candidate works across Windows and Linux.', 'Kafka', 'preferred'],
  ['Requirements: Python.ResponsibilitiesBuild Kafka pipelines.', 'Kafka', 'mentioned'],
  // an inline heading after lower-case words of a run-on line starts at its capitalised word
  ['Requirements: 5 years of Python experience required Responsibility level: maintain Jenkins servers', 'Jenkins', 'mentioned'],
  ['Requirements: 5 years of Python experience required Responsibility level: maintain Jenkins servers', 'Python', 'required'],
  // "requirements" as a thing worked on is not a requirement cue
  ['Responsibilities\n- Gather business requirements for dashboards built in Tableau', 'Tableau', 'mentioned'],
  ['Responsibilities\n- Work with product to specify requirements for tools that support Jira', 'Jira', 'mentioned'],
  ['Python is one of the requirements.', 'Python', 'required'],
  // company size and reputation describe the company in any section
  ['Requirements:\n- Python\n- Our software helps more than 20,000 customers run SAP better.', 'SAP', 'mentioned'],
  ['Requirements:\n- Python\n- Known for leadership in customer relationship management (CRM).', 'CRM', 'mentioned'],
  ['Requirements:\n- In 12 offices our team of 9,000 engineers builds Kafka platforms.\n- Java', 'Kafka', 'mentioned'],
  ['Requirements:\n- Experience supporting more than 5,000 users on Windows', 'Windows', 'required'],
  ['Requirements:\n- Supporting more than 500 users on Windows', 'Windows', 'required'],
];

const CUE_CASES: Case[] = [
  ['Experience with Kubernetes is a plus.', 'Kubernetes', 'preferred'],
  ['Knowledge of Terraform would be great.', 'Terraform', 'preferred'],
  ['Ideally you know Scala.', 'Scala', 'preferred'],
  ['Bonus if you have shipped Swift apps.', 'Swift', 'preferred'],
  ['Familiarity with Ansible.', 'Ansible', 'preferred'],
  ['Exposure to Airflow.', 'Airflow', 'preferred'],
  ['Requirements\n- Familiarity with Ansible', 'Ansible', 'required'],
  ['You must know Python.', 'Python', 'required'],
  ['Java is required.', 'Java', 'required'],
  ['5+ years of experience with Ruby.', 'Ruby', 'required'],
  ['Proficiency in C++ and Python.', 'C++', 'required'],
  ['Strong experience with Spark.', 'Spark', 'required'],
  ['Expert in Excel.', 'Excel', 'required'],
  ['Preferred Qualifications\n- Strong experience with Spark', 'Spark', 'preferred'],
  ['Requirements\n- Kafka experience is a plus', 'Kafka', 'preferred'],
  ['Python (preferred), SQL required.', 'Python', 'preferred'],
  ['Redis (nice to have)', 'Redis', 'preferred'],
  ['You will deploy services to AWS.', 'AWS', 'mentioned'],
  ['Ideally, you have worked with Snowflake.', 'Snowflake', 'preferred'],
  ['Experience with React (Vue also welcome).', 'Vue.js', 'preferred'],
  ['Extra credit for OCaml experience.', 'OCaml', 'preferred'],
  ['Bonus: Kubernetes, Helm', 'Helm', 'preferred'],
  ['Strong SQL skills are essential; dbt is a bonus.', 'SQL', 'required'],
  ['Strong SQL skills are essential; dbt is a bonus.', 'dbt', 'preferred'],
  ['Our stack: Elixir, PostgreSQL.', 'PostgreSQL', 'mentioned'],
  ['We use Jira and Confluence.', 'Jira', 'mentioned'],
  ['Experience in statistical software (R, S-Plus, SAS) is required.', 'SAS', 'required'],
];

const SCOPE_CASES: Case[] = [
  // a spaced dash between two named things ends the reach of a cue
  ['Skills:\n- Proficiency with containerization - Docker preferred', 'Containerization', 'required'],
  ['Skills:\n- Proficiency with containerization - Docker preferred', 'Docker', 'preferred'],
  ['Required - Python', 'Python', 'required'],
  ['Kotlin - preferred', 'Kotlin', 'preferred'],
  // a full stop inside a parenthesis does not end the sentence
  ['Requirements:\n- Statistics background (tools such as SPSS, Stata, R. Python or similar strongly desired)', 'SPSS', 'preferred'],
  ['Requirements:\n- Statistics background (tools such as SPSS, Stata, R. Python or similar strongly desired)', 'Python', 'preferred'],
  ['Requirements:\n- Statistics background (tools such as SPSS, Stata, R. Python or similar strongly desired)', 'R', 'preferred'],
  ['Python is required, Scala is a plus.', 'Python', 'required'],
  ['Python is required, Scala is a plus.', 'Scala', 'preferred'],
  ['React Native experience, Kotlin is a bonus.', 'Kotlin', 'preferred'],
  ['React Native experience, Kotlin is a bonus.', 'React Native', 'required'],
  ['Experience with Flask, Django or FastAPI is an asset.', 'Flask', 'preferred'],
  ['Kafka, RabbitMQ or SQS experience is a plus.', 'Kafka', 'preferred'],
  ['Hands-on experience with HL7 (V3 preferred), XML, and REST.', 'HL7', 'required'],
  ['Knowledge of relational databases (SQL Server, Oracle) a huge plus.', 'Oracle', 'preferred'],
  ['Must know Java; Kotlin is nice to have.', 'Java', 'required'],
  ['Must know Java; Kotlin is nice to have.', 'Kotlin', 'preferred'],
  ['Vue is a plus but not required.', 'Vue', 'preferred'],
];

const NEGATION_CASES: Case[] = [
  ['No Java experience needed.', 'Java', 'absent'],
  ['This is not a Salesforce role.', 'Salesforce', 'absent'],
  ['Knowledge of PHP is not required.', 'PHP', 'absent'],
  ["You don't need Kubernetes experience.", 'Kubernetes', 'absent'],
  ['No Java experience needed. You must know Python.', 'Python', 'required'],
  ['Knowledge of Rust is not necessary but helpful.', 'Rust', 'absent'],
];

const EDUCATION_CASES: Case[] = [
  ["Master's degree in Computer Science, Machine Learning or a related field.", 'Machine learning', 'absent'],
];

describe('skill levels', () => {
  for (const [group, cases] of [
    ['sections', SECTION_CASES],
    ['cues', CUE_CASES],
    ['cue scope', SCOPE_CASES],
    ['negation', NEGATION_CASES],
    ['degree fields are education', EDUCATION_CASES],
  ] as const) {
    describe(group, () => {
      it.each(cases)('%j: %s is %s', (text, skill, want) => {
        const got = levelOf(run(text), skill) ?? 'absent';
        expect(got, `"${skill}" in ${JSON.stringify(text)}: fix the cue table (lib/extract/cues.ts) or section rules`).toBe(want);
      });
    });
  }
});

describe('one finding per skill', () => {
  it('keeps the strongest level and every evidence span', () => {
    const a = run('We use Python daily.\nRequirements\n- Python 3\nNice to have\n- Python typing');
    const py = a.skills.filter((s) => s.name === 'Python');
    expect(py).toHaveLength(1);
    expect(py[0]!.level).toBe('required');
    expect(py[0]!.evidence).toHaveLength(3);
  });
});

describe('either-or groups', () => {
  const groupOf = (text: string, name: string) => run(text).skills.find((s) => s.name === name)?.group;
  it.each([
    ['Experience with Java or Kotlin.', 'Java', 'Kotlin'],
    ['One of Go, Rust, Zig.', 'Go', 'Rust'],
    ['Java, C++ and/or Python required.', 'Java', 'Python'],
  ])('%j groups %s with %s', (text, a, b) => {
    const ga = groupOf(text, a);
    expect(ga, `${a} should carry a group id`).toBeTruthy();
    expect(groupOf(text, b)).toBe(ga);
  });
  it('keeps separate groups apart: "Java or Kotlin and JavaScript or TypeScript"', () => {
    const t = 'At least 5 years in Java or Kotlin and JavaScript or TypeScript.';
    expect(groupOf(t, 'Java')).toBe(groupOf(t, 'Kotlin'));
    expect(groupOf(t, 'JavaScript')).toBe(groupOf(t, 'TypeScript'));
    expect(groupOf(t, 'Java')).not.toBe(groupOf(t, 'TypeScript'));
  });
  it('gives no group to an "and" list', () => {
    expect(groupOf('Java and Python required.', 'Java')).toBeUndefined();
  });
  it('gives grouped skills the sentence level', () => {
    const a = run('Requirements\n- Experience with Java or Kotlin');
    expect(levelOf(a, 'Java')).toBe('required');
    expect(levelOf(a, 'Kotlin')).toBe('required');
  });
});
