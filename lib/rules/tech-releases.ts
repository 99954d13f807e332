/**
 * Public release years of well-known technologies (data, not a rule; the registry test skips
 * it). The year is the first public or 1.0 release a careful reader would accept, so that a
 * flag is raised only when the ask is clearly impossible. `match` is case-sensitive when the
 * name is also a plain word (Go, Swift, Rust, Spark, Flutter).
 */
export interface Release {
  name: string;
  year: number;
  match: RegExp;
}

const r = (name: string, year: number, match: RegExp): Release => ({ name, year, match });

/** Release years, most specific names first (React Native before React). */
export const RELEASES: readonly Release[] = [
  r('Kubernetes', 2014, /^(?:Kubernetes|K8s|k8s)\b/i),
  r('Swift', 2014, /^Swift(?!UI)\b/),
  r('SwiftUI', 2019, /^SwiftUI\b/),
  r('Rust', 2015, /^Rust\b/),
  r('Go', 2009, /^(?:Go(?![-\w])|Golang\b)/),
  r('TypeScript', 2012, /^TypeScript\b/i),
  r('React Native', 2015, /^React\s+Native\b/i),
  r('React', 2013, /^React(?:\.?js)?\b(?!\s+Native)/i),
  r('Docker', 2013, /^Docker\b/i),
  r('Terraform', 2014, /^Terraform\b/i),
  r('Kotlin', 2016, /^Kotlin\b/i),
  r('Flutter', 2017, /^Flutter\b/),
  r('Dart', 2011, /^Dart\b/),
  r('Vue', 2014, /^Vue(?:\.?js)?\b/i),
  r('AngularJS', 2010, /^AngularJS\b/i),
  r('Angular 2+', 2016, /^Angular\s*(?:2\+|[2-9]\d?\+?)(?!\w)/i),
  // Plain "Angular" may mean AngularJS to the writer: take the older date, never a false alarm.
  r('Angular', 2010, /^Angular(?!JS)\b/i),
  r('Node.js', 2009, /^Node(?:\.?js)?\b/i),
  r('Apache Spark', 2014, /^(?:Apache\s+)?Spark\b/),
  r('GraphQL', 2015, /^GraphQL\b/i),
  r('Next.js', 2016, /^Next\.?js\b/i),
  r('Svelte', 2016, /^Svelte\b/i),
  r('Deno', 2020, /^Deno\b/),
  r('ChatGPT', 2022, /^ChatGPT\b/i),
  // LLMs: GPT-3 (2020), not ChatGPT (2022): NLP researchers have worked with large models since
  // then. "Generative AI" is left out: GANs and other generative models are far older.
  r('LLMs', 2020, /^(?:LLMs?|large\s+language\s+models?)\b/i),
  r('Elixir', 2014, /^Elixir\b/),
  r('Julia', 2012, /^Julia\b/),
  r('TensorFlow', 2015, /^TensorFlow\b/i),
  r('PyTorch', 2016, /^PyTorch\b/i),
  r('Jetpack Compose', 2021, /^(?:Jetpack\s+)?Compose\b/),
  r('Tailwind CSS', 2017, /^Tailwind\b/i),
  r('FastAPI', 2018, /^FastAPI\b/i),
  r('Airflow', 2015, /^(?:Apache\s+)?Airflow\b/i),
  r('Kafka', 2011, /^(?:Apache\s+)?Kafka\b/i),
  r('Snowflake', 2014, /^Snowflake\b/),
  r('dbt', 2016, /^dbt\b/),
  r('Redux', 2015, /^Redux\b/i),
  r('Helm', 2016, /^Helm\b/),
  r('Istio', 2017, /^Istio\b/i),
  r('AWS Lambda', 2014, /^(?:AWS\s+)?Lambda\b/),
  r('Ansible', 2012, /^Ansible\b/i),
  r('Vite', 2020, /^Vite\b/),
  r('Microsoft Azure', 2010, /^(?:Microsoft\s+)?Azure\b/),
  r('Google Cloud', 2008, /^(?:Google\s+Cloud|GCP)\b/),
  r('AWS', 2006, /^(?:AWS|Amazon\s+Web\s+Services)\b(?!\s+Lambda)/),
  r('Git', 2005, /^Git\b(?!Hub|Lab)/),
  r('Hadoop', 2006, /^Hadoop\b/i),
  r('MongoDB', 2009, /^(?:MongoDB|Mongo)\b/i),
  r('Elasticsearch', 2010, /^Elasticsearch\b/i),
  r('Android', 2008, /^Android\b/),
  r('iOS', 2007, /^iOS\b/),
];

/** The release that names the start of `s` (s starts where a technology name may begin). */
export function releaseAt(s: string): Release | null {
  for (const rel of RELEASES) if (rel.match.test(s)) return rel;
  return null;
}
