/**
 * Technology vocabulary the rules share (data, not a rule; the registry test skips it).
 * Kept small and linear: plain alternations, matched case-sensitively where a name is also a
 * common word ("Go", "Swift", "C", "R").
 */

/** Programming languages, for counting "expert in N languages". Case-sensitive on purpose. */
export const LANGUAGE =
  /\b(?:Java(?!Script)|JavaScript|TypeScript|Python|Golang|Go(?![-\w])|Rust|Ruby|PHP|Perl|Kotlin|Swift|Scala|Haskell|Erlang|Elixir|Clojure|Dart|Lua|Julia|OCaml|Groovy|MATLAB|COBOL|Fortran|Solidity|Zig|Elm|Objective-C|Visual Basic|VB\.NET|Bash|PowerShell|Assembly|Lisp|Prolog|Pascal|Delphi|Crystal|Nim|R(?![&\w])|C(?![+#&\w-])|F#|C#|C\+\+)(?![\w+#])/g;

/** Any named language, framework, platform or tool: enough to say a posting has a stack. */
export const ANY_TECH = new RegExp(
  [
    LANGUAGE.source,
    String.raw`\b(?:SQL|NoSQL|MySQL|PostgreSQL|Postgres|Oracle|MongoDB|Redis|Cassandra|DynamoDB|Elasticsearch|Kafka|RabbitMQ|Spark|Hadoop|Snowflake|Databricks|Airflow|dbt|BigQuery|Redshift)\b`,
    String.raw`\b(?:React|Angular|AngularJS|Vue|Svelte|Next\.js|Node\.?js|Node|Express|Django|Flask|FastAPI|Rails|Spring|Laravel|Symfony|\.NET|ASP\.NET|jQuery|Redux|Flutter|SwiftUI|Android|iOS|Unity|Unreal|TensorFlow|PyTorch|pandas|NumPy|GraphQL|gRPC|REST|HTML5?|CSS3?|Sass|Tailwind|Qt|OpenGL|CUDA|Linux|Unix|Windows|Embedded|RTOS|FPGA|Verilog|VHDL)\b`,
    String.raw`\b(?:AWS|Amazon Web Services|Azure|GCP|Google Cloud|Heroku|Vercel|Docker|Kubernetes|K8s|Terraform|Ansible|Jenkins|GitHub|GitLab|Git|CI/CD|Salesforce|SAP|ServiceNow|Shopify|WordPress|Magento|Selenium|Cypress|Playwright|LLMs?|OpenAI|ZFS|Kernel)\b`,
  ].join('|'),
  'g',
);

/** Front-end work a back-end title should not own. */
export const FRONTEND =
  /\b(?:React(?! Native)|Angular|Vue(?:\.js)?|Svelte|Next\.js|Redux|Tailwind|CSS3?|HTML5?|Sass|front[- ]?end\s+(?:development|code|features?|components?|work|applications?|apps?)|user interfaces?|UI components|web UI|single[- ]page app\w*|full[- ]?stack)\b/gi;

/** Back-end work a front-end title should not own. */
export const BACKEND =
  /\b(?:back[- ]?end\s+(?:development|code|services?|logic|systems?|work)|server[- ]side|databases?|SQL|PostgreSQL|Postgres|MySQL|MongoDB|Redis|Node\.?js|Django|Flask|Rails|Spring|Express|microservices?|(?:build|design|develop|implement)\w*\s+(?:REST(?:ful)?\s+|GraphQL\s+)?APIs|full[- ]?stack)\b/gi;

/** Operations work: deploying and running the systems. */
export const OPS =
  /\b(?:Kubernetes|K8s|Docker|Terraform|Ansible|Helm|CI\/CD|DevOps|infrastructure|deploy\w*|on[- ]call|monitoring|observability|AWS|GCP|Azure|pipelines?)\b/gi;
