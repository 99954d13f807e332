/**
 * The curated skill table: canonical names, spellings, categories and implications that the
 * raw sources (O*NET, ESCO, linguist, devicon, simple-icons) lack or get wrong. It wins over
 * them in scripts/build-skills.ts. Syntax: see parseCurated() in dsl.ts.
 * Markers: `=X` exact case, `X!` common English word (ambiguity guard), `~X` lookup-only.
 */
export const CURATED = String.raw`
@language
JavaScript | JS, Javascript, ECMAScript, ES6, ES2015, ES5, Vanilla JS, VanillaJS
TypeScript | =TS! > JavaScript
Python | Python3, Python 3, Python 2, Py3, CPython
Java | Core Java, Java SE, Java 8, Java 11, Java 17, Java 21, J2SE, JDK
Kotlin
Scala
Groovy! > Java
Clojure
ClojureScript > Clojure
C# | CSharp, C Sharp, C-Sharp
C++ | CPP, Cplusplus, C plus plus, C++11, C++14, C++17, C++20, Modern C++
=C! | C programming, C language, ANSI C, C99, C11, Embedded C
Objective-C | ObjC, Objective C, Obj-C
Swift! | SwiftLang
Go! | Golang, Go lang, Go programming, Go language
Rust! | Rust lang, Rust programming, Rustlang
Ruby! | Ruby lang
PHP | PHP7, PHP 7, PHP8, PHP 8
Perl
=R! | R programming, R language, RStudio, R Studio, Rlang
Julia! | Julia language, JuliaLang
MATLAB | Matlab
Dart!
Elixir
Erlang
Haskell
OCaml
F# | FSharp, F Sharp
Lua
Visual Basic | VB, VB6, Visual Basic 6
VB.NET | VB .NET, Visual Basic .NET > .NET
VBA | Visual Basic for Applications, Excel VBA > Excel
Assembly language | Assembly!, =ASM, x86 assembly, ARM assembly
COBOL | Cobol
Fortran | FORTRAN
Pascal!
Delphi
=Ada!
Prolog
Lisp | Common Lisp
Scheme!
Racket!
Smalltalk
Solidity
Zig!
Nim!
=Crystal!
Elm!
PureScript
ReasonML | Reason ML
Bash | Bash scripting, Bourne shell, sh scripting
Shell scripting | Shell script, Shell scripts, Unix shell scripting, Linux shell scripting, shell programming
Zsh
PowerShell | Powershell, PS scripting
SQL | Structured Query Language, SQL queries, SQL query, SQL scripting, ANSI SQL
PL/SQL | PLSQL, PL SQL > SQL, Oracle
T-SQL | TSQL, Transact-SQL, Transact SQL > SQL, SQL Server
PL/pgSQL > PostgreSQL, SQL
HTML | HTML5, HTML 5, XHTML
CSS | CSS3, CSS 3, Cascading Style Sheets
Sass | SCSS
Less!
ABAP > SAP
Apex! > Salesforce
Verilog
VHDL
SystemVerilog
LabVIEW | Labview
GraphQL | GQL
Groovy scripting > Groovy
Tcl
AWK
WebAssembly | WASM, Web Assembly
CUDA
OpenCL
Kotlin Multiplatform | KMP > Kotlin
SAS
SPSS | IBM SPSS
Stata
@frontend
React! | ReactJS, React.js, React JS, React 18, React Hooks > JavaScript
React Native | ReactNative, React-Native > React, JavaScript
Next.js | NextJS, Next JS > React
Gatsby > React
Remix! > React
Redux | Redux Toolkit, RTK > React
MobX
Zustand
Recoil
React Query | TanStack Query > React
Angular | Angular 2+, Angular2, Angular 2, Angular 12, Angular 14, Angular 15, Angular 16, Angular 17 > TypeScript
AngularJS | Angular.js, Angular JS, Angular 1 > JavaScript
NgRx | NGRX > Angular
RxJS | Rx.js > JavaScript
Vue.js | Vue, VueJS, Vue JS, Vue 3, Vue3, Vue 2 > JavaScript
Nuxt.js | Nuxt, NuxtJS > Vue.js
Vuex > Vue.js
Pinia > Vue.js
Svelte > JavaScript
SvelteKit > Svelte
SolidJS | Solid.js > JavaScript
Preact > JavaScript
Ember.js | EmberJS, =Ember! > JavaScript
Backbone.js | BackboneJS, =Backbone! > JavaScript
jQuery | JQuery > JavaScript
Alpine.js | AlpineJS > JavaScript
htmx | HTMX
=Lit! > JavaScript
Web Components | Web Component, Custom Elements
Bootstrap! | Twitter Bootstrap > CSS
Tailwind CSS | Tailwind, TailwindCSS > CSS
Material UI | MUI, Material-UI > React
Chakra UI > React
Ant Design
Storybook
Webpack | webpack
Vite | Vitejs
Rollup!
esbuild
Babel
Parcel!
Turborepo
npm | NPM
Yarn!
pnpm
Node.js | NodeJS, Node JS, =Node!, Nodejs > JavaScript
Deno > JavaScript, TypeScript
Bun!
Express.js | ExpressJS, =Express! > Node.js
NestJS | Nest.js, =Nest! > Node.js, TypeScript
Fastify > Node.js
Koa! > Node.js
Hapi! > Node.js
Socket.IO | Socket.io, SocketIO > Node.js
Electron! > JavaScript
Three.js | ThreeJS > JavaScript
D3.js | D3, D3JS > JavaScript
Chart.js > JavaScript
WebGL
Canvas API
Responsive design | Responsive web design, RWD, responsive layouts, responsive UI
Progressive Web Apps | PWA, PWAs, Progressive Web App
Single-page applications | =SPA, =SPAs, Single page application, Single-page application
Server-side rendering | SSR
Web accessibility | ~Accessibility, WCAG, a11y, =ARIA, WAI-ARIA, Section 508
Micro frontends | Micro-frontends, Microfrontends
@backend
Django > Python
Django REST Framework | DRF, Django Rest Framework > Django, REST
Flask! > Python
FastAPI > Python
Pyramid! > Python
Tornado! > Python
Celery! > Python
SQLAlchemy > Python
Pandas! > Python
NumPy | Numpy > Python
SciPy | Scipy > Python
Spring! | Spring Framework, Spring MVC, Spring Core > Java
Spring Boot | SpringBoot, Spring-Boot > Spring, Java
Spring Cloud > Spring, Java
Spring Security > Spring, Java
Spring Batch > Spring, Java
Spring Data > Spring, Java
Spring WebFlux | WebFlux > Spring, Java
Hibernate | Hibernate ORM > Java
JPA | Java Persistence API, Jakarta Persistence > Java
JDBC > Java
Java EE | J2EE, JEE, Jakarta EE, Java-EE, Java Enterprise Edition > Java
Servlets | Servlet, Java Servlets > Java
JSP | JavaServer Pages, Java Server Pages > Java
JSF | JavaServer Faces > Java
Struts | Apache Struts > Java
Micronaut > Java
Quarkus > Java
Vert.x > Java
Maven! | Apache Maven
Gradle
Ant! | Apache Ant
JUnit | JUnit5, JUnit 5 > Java, Unit testing
TestNG > Java, Unit testing
Mockito > Java
Log4j | Log4J
Lombok > Java
Ruby on Rails | Rails!, RoR, Ruby-on-Rails > Ruby
Sinatra! > Ruby
RSpec > Ruby, Unit testing
Laravel > PHP
Symfony > PHP
CodeIgniter > PHP
Zend Framework | Zend, Laminas > PHP
Drupal > PHP
WordPress | Wordpress > PHP
Magento > PHP
Shopify
Joomla > PHP
.NET | dotnet, dot net, DotNet, .NET Framework, .NET Core, .NET 6, .NET 7, .NET 8, NET Core
ASP.NET | ASP .NET, ASP.NET MVC > .NET, C#
ASP.NET Core > ASP.NET, .NET
Entity Framework | EF Core, Entity Framework Core > .NET
LINQ > .NET
WPF | Windows Presentation Foundation > .NET
WinForms | Windows Forms > .NET
WCF | Windows Communication Foundation > .NET
Blazor > .NET, C#
Xamarin > .NET, C#
.NET MAUI | MAUI > .NET
Unity! | Unity3D, Unity 3D, Unity Engine > C#
Unreal Engine | Unreal, UE4, UE5 > C++
Godot
=Qt | =QT > C++
Boost! > C++
STL | Standard Template Library > C++
Gin! > Go
Echo! > Go
Phoenix Framework | =Phoenix! > Elixir
Actix > Rust
Tokio > Rust
Akka > Scala
Play Framework > Scala
Ktor > Kotlin
gRPC | GRPC
Protocol Buffers | Protobuf, protobufs
Apache Thrift | Thrift
REST! | RESTful, RESTful APIs, RESTful API, REST API, REST APIs, RESTful services, REST services, RESTful web services, REST web services
=SOAP
GraphQL APIs > GraphQL
Microservices | Microservice, Micro-services, Microservices architecture, microservice architecture
Event-driven architecture | Event driven architecture, =EDA, Event-driven systems, Event-driven design, Event-driven programming, Event-driven microservices
Service-oriented architecture | SOA
Serverless | Serverless architecture, serverless computing
Distributed systems | Distributed system, Distributed computing
API design | API development, API integration, API integrations
Web services | Web service
OAuth | OAuth2, OAuth 2.0, OAuth 2
OpenID Connect | OIDC
JWT | JSON Web Token, JSON Web Tokens
SAML
Keycloak
Auth0
Okta
OpenAPI | Swagger, OpenAPI Specification
Postman!
WebSockets | WebSocket, Web Sockets
Nginx | NGINX, nginx
Apache HTTP Server | Apache httpd, Apache web server, =Apache!, Apache2
Tomcat | Apache Tomcat > Java
JBoss | WildFly > Java
WebLogic | Oracle WebLogic > Java
WebSphere | IBM WebSphere > Java
IIS | Internet Information Services
HAProxy
Envoy!
Istio > Kubernetes
Linkerd > Kubernetes
Consul!
Vault! | HashiCorp Vault
Kong!
RabbitMQ | Rabbit MQ > Message queues
Apache Kafka | Kafka, Kafka Streams, Confluent Kafka > Message queues
ActiveMQ | Apache ActiveMQ > Message queues
ZeroMQ | ZMQ
NATS
Apache Pulsar | Pulsar! > Message queues
MQTT
AMQP
IBM MQ | WebSphere MQ, MQSeries > Message queues
Message queues | Message queue, Message queuing, message brokers, message broker
@database
PostgreSQL | Postgres, Postgre, PostgresSQL, Postgres SQL, psql, PGSQL > SQL, Relational databases
MySQL | My SQL, mysql > SQL, Relational databases
MariaDB > SQL, Relational databases
SQLite | SQLite3 > SQL, Relational databases
Oracle! | Oracle Database, Oracle DB, Oracle 19c, Oracle 12c, Oracle 11g, Oracle RDBMS > SQL, Relational databases
SQL Server | MS SQL Server, Microsoft SQL Server, MSSQL, MS-SQL, MS SQL, MSSQL Server, SQL-Server > SQL, Relational databases
IBM Db2 | DB2, Db2 > SQL, Relational databases
Sybase > SQL, Relational databases
Teradata > SQL, Relational databases
MongoDB | Mongo, Mongo DB > NoSQL
Redis > NoSQL
Memcached
Cassandra | Apache Cassandra > NoSQL
ScyllaDB > NoSQL
Couchbase > NoSQL
CouchDB > NoSQL
DynamoDB | Dynamo DB, Amazon DynamoDB, AWS DynamoDB > AWS, NoSQL
Cosmos DB | CosmosDB, Azure Cosmos DB > Azure, NoSQL
Firebase
Firestore > Firebase
Supabase > PostgreSQL
Neo4j > NoSQL
Elasticsearch | Elastic Search
OpenSearch
Solr | Apache Solr
Lucene | Apache Lucene
InfluxDB
TimescaleDB > PostgreSQL
ClickHouse
Snowflake!
Amazon Redshift | Redshift > AWS
Google BigQuery | BigQuery, Big Query > Google Cloud
Azure Synapse | Synapse Analytics > Azure
Databricks
Delta Lake
Apache HBase | HBase
Apache Hive | =Hive!, HiveQL
Apache Pig | =Pig!
Presto
Trino
Apache Druid | Druid!
Pinecone
Weaviate
Milvus
pgvector > PostgreSQL
Vector databases | Vector database, vector DB, vector stores
NoSQL | No-SQL, NoSQL databases
^Relational databases | ~Relational database, RDBMS, ^relational database management systems
Database design | Database modeling, Database modelling, DB design, schema design
Data modeling | Data modelling, Data models, data model, Dimensional modeling, dimensional modelling
Database administration | DBA, Database management
Stored procedures | Stored procedure
Query optimization | Query tuning, SQL tuning, SQL optimization
ETL | ETL pipelines, ETL processes, Extract Transform Load, ELT
Data warehousing | Data warehouse, Data warehouses, DWH, EDW
Data lakes | Data lake, Data lakehouse, Lakehouse
OLAP
SSIS | SQL Server Integration Services > SQL Server
SSRS | SQL Server Reporting Services > SQL Server
SSAS | SQL Server Analysis Services > SQL Server
=MDX | Multidimensional Expressions, MDX queries > SSAS
Informatica | Informatica PowerCenter
Talend
=dbt | data build tool > SQL
Apache Airflow | Airflow > Python, Data pipelines
Luigi!
Dagster
Prefect!
Fivetran
Stitch!
Apache NiFi | NiFi
Liquibase
Flyway
@cloud
AWS | Amazon Web Services, Amazon AWS, AWS Cloud
Microsoft Azure | Azure, MS Azure, Azure Cloud
Google Cloud | GCP, Google Cloud Platform, Google Cloud Services
Oracle Cloud | OCI, Oracle Cloud Infrastructure
IBM Cloud
Alibaba Cloud
DigitalOcean | Digital Ocean
Heroku
Vercel
Netlify
Cloudflare
Linode
OpenStack
Amazon EC2 | EC2, AWS EC2 > AWS
Amazon S3 | =S3, AWS S3 > AWS
AWS Lambda | Lambda!, Lambda functions > AWS, Serverless
Amazon ECS | ECS, AWS ECS, Elastic Container Service > AWS, Docker
Amazon EKS | EKS, AWS EKS, Elastic Kubernetes Service > AWS, Kubernetes
AWS Fargate | Fargate > AWS
Amazon RDS | RDS, AWS RDS > AWS
Amazon Aurora | Aurora!, AWS Aurora > AWS
Amazon SQS | SQS, AWS SQS > AWS, Message queues
Amazon SNS | SNS, AWS SNS > AWS
Amazon Kinesis | Kinesis, AWS Kinesis > AWS
AWS Glue | Glue! > AWS
Amazon Athena | Athena! > AWS
Amazon EMR | AWS EMR > AWS
AWS CloudFormation | CloudFormation > AWS, Infrastructure as code
AWS CDK | =CDK, Cloud Development Kit > AWS, Infrastructure as code
Amazon CloudWatch | CloudWatch > AWS
AWS IAM | =AWS Identity and Access Management > AWS
Amazon VPC | VPC, VPCs > AWS
Amazon Route 53 | Route 53, Route53 > AWS
Amazon CloudFront | CloudFront > AWS
Amazon API Gateway | API Gateway, AWS API Gateway > AWS
AWS Step Functions | Step Functions > AWS
Amazon SageMaker | SageMaker, AWS SageMaker > AWS, Machine learning
Amazon Bedrock | Bedrock! > AWS
Amazon ElastiCache | ElastiCache > AWS
Elastic Beanstalk | AWS Elastic Beanstalk > AWS
AWS Amplify | Amplify! > AWS
AWS CodePipeline | CodePipeline > AWS, CI/CD
AWS CodeBuild | CodeBuild > AWS
Amazon ECR | ECR > AWS
AWS Batch > AWS
Amazon Cognito | Cognito > AWS
AWS Secrets Manager | Secrets Manager > AWS
Amazon Lex > AWS
Amazon QuickSight | QuickSight > AWS
Azure DevOps | VSTS, Azure Pipelines, Azure Repos, Azure Boards > Azure, CI/CD
Azure Functions > Azure, Serverless
Azure Kubernetes Service | AKS > Azure, Kubernetes
Azure Data Factory | ADF > Azure
Azure Active Directory | Azure AD, AAD, Entra ID, Microsoft Entra ID > Azure
Azure App Service > Azure
Azure Blob Storage > Azure
Azure SQL Database | Azure SQL > Azure, SQL Server
Azure Service Bus > Azure
Azure Event Hubs > Azure
Azure Databricks > Azure, Databricks
Azure Machine Learning | Azure ML > Azure, Machine learning
Azure Logic Apps | Logic Apps > Azure
Azure Monitor > Azure
Azure Storage > Azure
Azure Key Vault > Azure
Google Kubernetes Engine | GKE > Google Cloud, Kubernetes
Google Compute Engine | =GCE > Google Cloud
Google App Engine | App Engine > Google Cloud
Google Cloud Functions | Cloud Functions > Google Cloud, Serverless
Google Cloud Run | Cloud Run > Google Cloud
Google Cloud Storage | =GCS > Google Cloud
Google Cloud Pub/Sub | Pub/Sub, PubSub > Google Cloud
Google Cloud Dataflow | Dataflow! > Google Cloud
Google Cloud Dataproc | Dataproc > Google Cloud
Google Cloud Spanner | Cloud Spanner, =Spanner > Google Cloud
Google Cloud Bigtable | Bigtable > Google Cloud
Vertex AI > Google Cloud, Machine learning
Cloud computing | cloud-native, cloud native, ~Cloud platforms, ~cloud infrastructure, ~cloud services, ~Cloud technologies
Multi-cloud | Multicloud, Hybrid cloud
@devops
Docker | Dockerfile, Docker Compose, docker-compose, Docker Swarm > Containerization
Kubernetes | k8s, Kube > Containerization
Helm! | Helm charts > Kubernetes
OpenShift | Red Hat OpenShift > Kubernetes
Rancher! > Kubernetes
Kustomize > Kubernetes
Argo CD | ArgoCD > Kubernetes, CI/CD
Flux CD | FluxCD > Kubernetes
Podman
containerd
Containerization | Container orchestration, containerisation, Containers!, Container technologies, Container technology, Linux containers, Container platforms, Containerized applications
Terraform | Terraform Cloud > Infrastructure as code
Pulumi > Infrastructure as code
Ansible > Configuration management
Chef! | Chef Infra > Configuration management
Puppet! > Configuration management
SaltStack | =Salt! > Configuration management
Vagrant!
Packer!
Infrastructure as code | IaC, Infrastructure-as-code
Configuration management
CI/CD | CICD, CI CD, CI/CD pipelines, CI/CD pipeline, Continuous integration, Continuous delivery, Continuous deployment, Continuous Integration/Continuous Deployment, Continuous Integration/Continuous Delivery, CI pipelines
Jenkins | Jenkins pipelines > CI/CD
GitHub Actions | GH Actions > CI/CD
GitLab CI | GitLab CI/CD, GitLab-CI > GitLab, CI/CD
CircleCI | Circle CI > CI/CD
Travis CI | TravisCI > CI/CD
TeamCity > CI/CD
Bamboo! > CI/CD
Spinnaker
Octopus Deploy
Bitbucket Pipelines > Bitbucket, CI/CD
Buildkite > CI/CD
DevOps | Dev Ops
DevSecOps
GitOps
MLOps
SRE | Site Reliability Engineering, Site reliability
Observability
Prometheus > Observability
Grafana > Observability
Datadog | DataDog > Observability
New Relic | NewRelic > Observability
Splunk
ELK Stack | ELK, Elastic Stack
Logstash
Kibana
Fluentd
OpenTelemetry | OTel > Observability
Jaeger
Sentry!
PagerDuty
Nagios
Zabbix
Dynatrace > Observability
AppDynamics > Observability
Load balancing | Load balancers, load balancer
Computer networking | Network engineering, ~Networking
Linux administration | Linux system administration, Linux sysadmin
System administration | Systems administration, sysadmin
@tool
Visual Studio | Microsoft Visual Studio, MS Visual Studio
Visual Studio Code | VS Code, VSCode, vscode
IntelliJ IDEA | IntelliJ, Intellij, IDEA!
Eclipse! | Eclipse IDE
PyCharm
WebStorm
NetBeans | Apache NetBeans
Vim! | Neovim, vim
Emacs
Bazel
CMake
Make! | GNU Make, Makefiles, Makefile
Homebrew
Linux command line | Command line, CLI, command-line
Excel macros > Excel
@data
Power Query | PowerQuery > Power BI
DAX | =DAX > Power BI
Power Automate | Microsoft Flow, Microsoft Power Automate
Power Apps | PowerApps, Microsoft Power Apps
Power Platform | Microsoft Power Platform
SSMS | SQL Server Management Studio > SQL Server
KQL | Kusto, Kusto Query Language
Metabase
Apache Superset | Superset
Redash
Apache Iceberg | Iceberg!
Apache Hudi | Hudi
=ORC
Data catalog | Data catalogs
Collibra
Alation
Great Expectations
Matillion
Snowplow
Change data capture | =CDC, Debezium
Transformers! > Machine learning
BERT | =BERT > Natural language processing
GPT | =GPT, GPT-3, GPT-3.5, ChatGPT > Large language models
Stable Diffusion > Generative AI
Convolutional neural networks | =CNN, CNNs > Deep learning
Recurrent neural networks | =RNN, RNNs, LSTM, LSTMs > Deep learning
Generative adversarial networks | =GAN, GANs > Deep learning
Weights & Biases | Weights and Biases, =W&B, wandb
ONNX
TensorRT
JAX! > Machine learning
vLLM > Large language models
LLM fine-tuning | Model fine-tuning > Machine learning
Embeddings | Vector embeddings, Text embeddings > Machine learning
Vector search | Semantic search, Similarity search
Information retrieval
Speech recognition | =ASR, Automatic speech recognition
Text-to-speech | =TTS
Optical character recognition | =OCR
Anomaly detection
Bayesian statistics | Bayesian inference, Bayesian methods, Bayesian modeling
Causal inference
Hypothesis testing | Statistical testing, Significance testing
Experiment design | Experimental design, Online experimentation, Design of experiments
Econometrics
Operations research
Mathematical optimization | Linear programming, Integer programming, Convex optimization, Mixed-integer programming > Operations research
Regression analysis | Linear regression, Logistic regression, Regression models
Clustering
Data cleaning | Data cleansing, Data wrangling, Data preparation
Quantitative analysis | Quantitative research, Quantitative methods
Image processing | Digital image processing, Image analysis
Signal processing | =DSP, =DSPs, Digital signal processing
Bioinformatics
Next-generation sequencing | =NGS, Next generation sequencing
GlusterFS | Gluster
Camunda > BPMN
BPMN | =BPMN, Business Process Model and Notation, BPMN 2.0
Extreme programming | Extreme Programming (XP)
Google Apps Script | Apps Script, Apps Scripts, App Script, App Scripts > JavaScript
Geographic information systems | =GIS
@frontend
Redux Saga | Redux-Saga > Redux
Styled Components | styled-components > React
Apollo GraphQL | Apollo Client, Apollo Server > GraphQL
Relay! > GraphQL
Enzyme! > React
Material Design
Flexbox | CSS Flexbox > CSS
CSS Grid > CSS
=DOM | DOM manipulation
Service Workers | Service Worker
WebRTC
=SVG
Handlebars
Mustache!
=EJS
Pug!
Razor! | Razor Pages > ASP.NET
SAPUI5 | UI5, OpenUI5 > SAP
Strapi
Contentful
Sanity!
Headless CMS
@backend
TypeORM > TypeScript
Sequelize > Node.js
Mongoose! > MongoDB
Knex.js | Knex > Node.js
Drizzle ORM > TypeScript
Doctrine! > PHP
Eloquent! > Laravel
ActiveRecord | Active Record > Ruby on Rails
Dapper! > .NET
MyBatis | iBatis > Java
=EJB | Enterprise JavaBeans > Java
=JMS | Java Message Service > Java
JAX-RS > Java
JAX-WS > Java
Jersey! > Java
RESTEasy > Java
Apache Camel | Camel! > Java
MuleSoft | Mule ESB, Anypoint Platform
Spring Integration > Spring, Java
Apache CXF > Java
Netty > Java
Dropwizard > Java
RxJava | Rx-Java, Rx Java > Java
ASP.NET Web API | Web API! > ASP.NET
Hasura > GraphQL
CQRS
Event sourcing
Single sign-on | =SSO
Multi-factor authentication | =MFA, 2FA, Two-factor authentication
=RBAC | Role-based access control
@mobile
Android Jetpack | Jetpack > Android
Retrofit > Android
RxSwift > Swift
Dagger! > Android
Hilt > Android
Combine! > Swift
CocoaPods > iOS
Fastlane
TestFlight > iOS
Firebase Crashlytics | Crashlytics > Firebase
@cloud
Virtualization | Virtualisation, Server virtualization
VMware | VMWare, VMware vSphere, vSphere, ESXi, VMware ESXi
Hyper-V | HyperV, Microsoft Hyper-V
Citrix | Citrix XenApp, XenDesktop
IaaS | Infrastructure as a Service
PaaS | Platform as a Service
@networking
Cisco | Cisco IOS, Cisco routers, Cisco switches
Routing and switching | Routing & switching, Routing protocols
LAN/WAN | =LAN, =WAN, LANs, WANs
=MPLS
SD-WAN | SDWAN
=VLAN | VLANs
Juniper! | Juniper Networks, Junos
Palo Alto Networks | Palo Alto firewalls, =Palo Alto
Fortinet | FortiGate
F5 | F5 BIG-IP, BIG-IP
Network administration | Network admin
Wireless networking | =WLAN
Network protocols
@security
Security operations | =SOC, Security Operations Center
IDS/IPS | Intrusion detection, Intrusion prevention, =IDS, =IPS
=EDR | Endpoint detection and response
CrowdStrike | Crowdstrike
Nessus
Qualys
NIST | NIST CSF, NIST 800-53, NIST Cybersecurity Framework
SOX | Sarbanes-Oxley, SOX compliance
FedRAMP
CMMC
Incident response
Digital forensics | Computer forensics, Forensics
Malware analysis
=PKI | Public key infrastructure
Endpoint security | Endpoint protection
Data loss prevention | =DLP
SonarQube | Sonar!
Snyk
Veracode
Checkmarx
=SAST | Static application security testing
=DAST | Dynamic application security testing
@devops
Nexus Repository | Sonatype Nexus
Artifactory | JFrog Artifactory, JFrog
Feature flags | Feature toggles, LaunchDarkly
Blue-green deployment | Blue/green deployments, blue-green deployments
Canary releases | Canary deployments
Chaos engineering
Incident management
Release management
Capacity planning
=APM | Application performance monitoring
Trunk-based development
Monorepo | Monorepos
@testing
UFT | =QTP, Micro Focus UFT, Unified Functional Testing > Test automation
TestComplete > Test automation
Katalon | Katalon Studio > Test automation
Ranorex
Tosca | Tricentis Tosca > Test automation
=REST Assured | RestAssured, =Rest-Assured > Java
Karate! | Karate DSL
SpecFlow > .NET
NUnit > .NET, Unit testing
xUnit > .NET, Unit testing
Robot Framework > Test automation
User acceptance testing | =UAT
Smoke testing
Exploratory testing
Black-box testing | Black box testing
White-box testing | White box testing
Accessibility testing
Cross-browser testing
Test planning | Test plans, Test plan
Test case design | Writing test cases
Defect tracking | Bug tracking, Defect management
@office
Google Docs
Google Slides
Miro!
ClickUp
Lucidchart
Airtable
Smartsheet
Adobe Acrobat | Acrobat
Concur! | SAP Concur
Coupa
SAP Ariba | Ariba
Marketo | Adobe Marketo
Pardot | Salesforce Pardot
Mailchimp | MailChimp
Google Ads | Google AdWords, AdWords
Facebook Ads | Meta Ads, Facebook Ads Manager
Google Tag Manager | =GTM
SEMrush | Semrush
Ahrefs
Hootsuite
Sprout Social
Hotjar
Optimizely
Zapier
Intercom!
Freshdesk
Bloomberg Terminal | Bloomberg!
FactSet
Capital IQ | S&P Capital IQ
Keyboarding | Touch typing, Typing speed, Typing skills
Canva
@industrial
PLC programming | =PLC!, PLCs, Programmable logic controllers, Programmable logic controller, Programmable logic controls
=SCADA
Distributed control systems | =DCS, Distributed control system
=CMMS | Computerized maintenance management system, Computerised maintenance management system
=HMI | Human-machine interface
Allen-Bradley | Allen Bradley, Rockwell Automation
Siemens TIA Portal | TIA Portal, Siemens S7, Step 7
Ladder logic
=CNC | CNC machining, CNC programming
GD&T | Geometric dimensioning and tolerancing
Finite element analysis | =FEA, =FEM
Computational fluid dynamics | =CFD
PCB design | Printed circuit board design, PCB layout
Altium Designer | Altium
Cadence! | Cadence Virtuoso, Cadence Allegro
KiCad
=FPGA | FPGAs
=ASIC | ASICs
RTL design
=UVM | Universal Verification Methodology
SystemVerilog Assertions | =SVA > SystemVerilog
Vivado | Xilinx Vivado
JasperGold | Cadence JasperGold
Product lifecycle management | =PLM
=ARM! | ARM Cortex, ARM architecture, Cortex-M
Microcontrollers | Microcontroller, =MCU
Arduino
Raspberry Pi
Oscilloscopes | Oscilloscope
ANSYS | Ansys
Simulink > MATLAB
CATIA
Revit | Autodesk Revit
Creo! | PTC Creo
Siemens NX | Unigraphics
=BIM | Building information modeling, Building Information Modelling

@vcs
Git | Git version control > Version control
GitHub > Git
GitLab > Git
Bitbucket > Git
Subversion! | =SVN > Version control
Mercurial! > Version control
Perforce! | Helix Core > Version control
Version control | Source control, Version control systems, VCS, Source code management
@os
Linux | GNU/Linux, Linux OS
Unix | Unix-like
Windows! | Microsoft Windows, MS Windows, Windows OS, Windows 10, Windows 11, Windows environment, Windows environments, Windows PC, Windows desktop
Windows Server | Microsoft Windows Server
macOS | Mac OS, Mac OS X, OS X, OSX, MacOS
iOS > Mobile development
Android | Android SDK, Android OS > Mobile development
Ubuntu > Linux
Debian > Linux
Red Hat Enterprise Linux | RHEL, Red Hat, Redhat > Linux
CentOS > Linux
Fedora! > Linux
Alpine Linux > Linux
Arch Linux > Linux
FreeBSD
OpenBSD
NetBSD
illumos
Solaris | Oracle Solaris
AIX | IBM AIX
HP-UX | HPUX
z/OS | zOS, IBM z/OS
RTOS | Real-time operating systems, real-time operating system, FreeRTOS
Embedded Linux > Linux
Yocto | Yocto Project
Linux kernel | Linux kernel development > Linux
^Operating systems | ^Operating system
OS internals | Operating system internals, OS kernel internals, kernel internals
@mobile
Mobile development | Mobile app development, Mobile applications development, Mobile engineering
SwiftUI > Swift, iOS
UIKit > iOS
Cocoa Touch | Cocoa! > iOS
Core Data > iOS
Xcode > iOS
Android Studio > Android
Jetpack Compose > Android, Kotlin
Flutter! > Dart
Ionic!
Cordova | Apache Cordova, PhoneGap
Expo! > React Native
Kotlin Coroutines > Kotlin
@testing
Software testing | QA testing, Software QA testing
Quality assurance | =QA, Software quality assurance, SQA
Test automation | Automated testing, Automation testing, QA automation, Test automation engineering, test automation frameworks, test automation framework, automated tests
Unit testing | Unit tests, Unit test
Integration testing | Integration tests
End-to-end testing | E2E testing, E2E tests, end to end testing
Regression testing
Performance testing | Load testing, Stress testing
Manual testing
Functional testing
API testing
Mobile testing
Security testing
Penetration testing | Pen testing, Pentesting, penetration tests
Usability testing | User testing
A/B testing | AB testing, Split testing, A/B tests, A/B test, AB test, AB tests, A/B experiments, A/B experimentation, Split tests
TDD | Test-driven development, Test driven development > Unit testing
BDD | Behavior-driven development, Behaviour-driven development, Behavior driven development
Selenium | Selenium WebDriver, WebDriver > Test automation
Cypress! | Cypress.io > Test automation
Playwright! > Test automation
Puppeteer! > Test automation
Jest > Unit testing
Mocha! > Unit testing
Chai!
Jasmine! > Unit testing
Karma!
Vitest > Unit testing
Testing Library | React Testing Library
pytest | py.test > Python, Unit testing
Cucumber! | Gherkin
Appium > Test automation
JMeter | Apache JMeter
Gatling
k6
LoadRunner
SoapUI
TestRail
Postman tests > Postman
@data
Machine learning | =ML, Machine-learning, ML engineering, ML models, machine learning models
Deep learning | Deep neural networks, DNN
Artificial intelligence | =AI, A.I
Generative AI | GenAI, Gen AI, Generative artificial intelligence
Large language models | LLM, LLMs, Large language model
Natural language processing | =NLP
Computer vision | Machine vision
Reinforcement learning | =RL
Neural networks | Neural network
Prompt engineering
Retrieval-augmented generation | RAG, Retrieval augmented generation
Recommender systems | Recommendation systems, recommendation engines, Recommender system
Time series analysis | Time series, Time-series forecasting, forecasting models
Statistics | Statistical analysis, Statistical modeling, statistical modelling, Applied statistics
Data analysis | Data analytics, Data analyses
Data science
Data engineering
Data visualization | Data visualisation, Data visualizations, Data visualisations, Data viz, dataviz
Data mining
Data pipelines | Data pipeline
Big data | Big data analytics, Big data technologies
Business intelligence | =BI
Predictive modeling | Predictive modelling, Predictive analytics
Feature engineering
Data governance
Data quality
Master data management | =MDM
Data structures | Data structure
^Algorithms | Algorithm design, Algorithm development
TensorFlow | TF2 > Machine learning, Deep learning
PyTorch > Machine learning, Python, Deep learning
Keras > Machine learning, Python, Deep learning
scikit-learn | sklearn, scikit learn, SciKit-Learn, Scikit > Machine learning, Python
XGBoost > Machine learning
Weka | =WEKA > Machine learning
Natural language understanding | =NLU > Natural language processing
Caffe! > Deep learning
Theano > Deep learning
K-means | K-means clustering, Kmeans > Machine learning
Image recognition | Image classification > Computer vision
Object detection > Computer vision
Image segmentation | Semantic segmentation, Instance segmentation > Computer vision
Marketing mix modeling | Media mix modeling, Marketing mix modelling, =MMM
Multi-touch attribution | Multi-touch attribution models, Attribution modeling
Multivariate testing | Multivariate tests, Multivariate test, Multivariate test design, =MVT
LightGBM > Machine learning
CatBoost > Machine learning
Hugging Face | Hugging Face Transformers > Machine learning
LangChain > Large language models
LlamaIndex > Large language models
OpenAI API | OpenAI, GPT-4, GPT 4 > Large language models
spaCy | Spacy > Natural language processing, Python
NLTK > Natural language processing, Python
OpenCV > Computer vision
MLflow
Kubeflow > Kubernetes
Jupyter | Jupyter Notebook, Jupyter Notebooks, JupyterLab, IPython > Python
Matplotlib > Python
Seaborn > Python
Plotly
Polars! > Python
Dask > Python
Ray!
Apache Spark | Spark!, Spark SQL, Spark Streaming, Apache Spark Streaming > Big data
PySpark > Apache Spark, Python
Hadoop | Apache Hadoop, HDFS, MapReduce, Map Reduce > Big data
Apache Flink | Flink > Big data
Apache Beam | =Beam!
Apache Storm
Kafka Connect > Apache Kafka
Tableau > Data visualization, Business intelligence
Power BI | PowerBI, Microsoft Power BI, Power-BI > Data visualization, Business intelligence
Looker! > Data visualization, Business intelligence
Looker Studio | Google Data Studio, Data Studio > Data visualization, Business intelligence
Qlik | QlikView, Qlik Sense, Qlik View > Data visualization, Business intelligence
MicroStrategy > Data visualization, Business intelligence
Google Analytics | GA4, Google Analytics 4
Adobe Analytics | Omniture, Adobe Omniture, SiteCatalyst, Adobe SiteCatalyst, Omniture SiteCatalyst > Web analytics
Mixpanel
Amplitude!
Segment!
Alteryx
KNIME
RapidMiner
Excel! | Microsoft Excel, MS Excel, Excel spreadsheets, Advanced Excel
Google Sheets
Spreadsheets | Spreadsheet
Pivot tables | Pivot table, PivotTables
@office
Microsoft Office | MS Office, Office 365, Microsoft 365, O365, M365, MS Office Suite, Microsoft Office Suite
Word! | Microsoft Word, MS Word
PowerPoint | Microsoft PowerPoint, MS PowerPoint, Powerpoint
Outlook! | Microsoft Outlook, MS Outlook
Microsoft Access | MS Access, =Access!
Microsoft Project | MS Project
Visio | Microsoft Visio, MS Visio
SharePoint | Sharepoint, Microsoft SharePoint
Microsoft Teams | MS Teams
Google Workspace | G Suite, GSuite, Google Apps
Slack!
Notion!
Confluence!
Jira | JIRA, Atlassian Jira
Trello
Asana!
Monday.com
ServiceNow
Zendesk
Salesforce | SFDC, Salesforce.com, Salesforce CRM
HubSpot | Hubspot
Microsoft Dynamics | Dynamics 365, MS Dynamics, Dynamics CRM
SAP | SAP ERP, SAP S/4HANA, S/4HANA, SAP HANA
Oracle E-Business Suite | Oracle EBS
NetSuite | Oracle NetSuite
Workday!
QuickBooks | Quickbooks
Xero!
CRM | Customer relationship management
ERP | Enterprise resource planning
@design
Figma
Sketch!
Adobe XD
Adobe Photoshop | Photoshop
Adobe Illustrator | Illustrator!
Adobe InDesign | InDesign
Adobe Creative Suite | Adobe Creative Cloud
Adobe Premiere Pro | Premiere Pro
Adobe After Effects | After Effects
InVision
Zeplin
UX design | User experience design, =UX, UX/UI design
UI design | User interface design, ^=UI, UI/UX, UX/UI
Wireframing | Wireframes
Prototyping
User research | UX research
Design systems | Design system
AutoCAD | Autocad
SolidWorks | Solidworks
Blender!
@security
Cybersecurity | Cyber security, Information security, InfoSec
Network security
Application security | AppSec
Cloud security
Encryption | Cryptography
Identity and access management | =IAM, Identity Access Management, Identity & Access Management, Identity management, Identity governance
SIEM
Oracle Identity Manager | =OIM > Identity and access management
SailPoint | SailPoint IdentityIQ > Identity and access management
CyberArk > Identity and access management
SOC 2 | SOC2
ISO 27001
PCI DSS | PCI-DSS, =PCI
HIPAA | HIPAA compliance
GDPR
OWASP | OWASP Top 10
Vulnerability management | Vulnerability assessment, Vulnerability scanning
Threat modeling | Threat modelling
Firewalls | Firewall
Zero trust
Burp Suite
Metasploit
Wireshark
Nmap
Active Directory
LDAP
Kerberos
@protocol
TCP/IP | TCP, TCP IP
UDP
HTTP | HTTPS, HTTP/2
DNS
DHCP
SSH
SSL/TLS | TLS, SSL
VPN
BGP
OSPF
IPv6
VoIP
SIP!
SNMP
FTP | SFTP
SMTP
JSON
XML
YAML
XSLT
XPath
CSV
Parquet
Avro
HL7 | HL7 v2, HL7 v3
FHIR
EDI
ISO 8583
FIX protocol
Modbus
CAN bus | CANbus
I2C
SPI!
UART
Bluetooth | BLE, Bluetooth Low Energy
Zigbee
LoRaWAN
5G
LTE
@practice
Agile | Agile methodologies, Agile methodology, Agile development, Agile software development
Scrum > Agile
Kanban > Agile
=SAFe | Scaled Agile Framework > Agile
Waterfall!
SDLC | Software development lifecycle, Software development life cycle
Object-oriented programming | =OOP, OOD, Object oriented programming, Object-oriented design, Object oriented design
Functional programming
Design patterns | Design pattern, Software design patterns
SOLID principles | =SOLID
Domain-driven design | DDD, Domain driven design
Clean code | Clean architecture
Software architecture | System architecture, Systems architecture, Solution architecture
System design | Systems design
Code review | Code reviews
Pair programming
Refactoring
Multithreading | Multi-threading, Multithreaded programming, Concurrency, Concurrent programming, Threading, Multithreaded
Parallel programming | Parallel computing
Asynchronous programming | Async programming
Memory management
Performance optimization | Performance tuning, Performance engineering
High availability
Disaster recovery
Embedded systems | Embedded software, Embedded development, Firmware, Firmware development
Real-time systems
Network programming | Socket programming
Inter-process communication | =IPC, Interprocess communication
File systems | File system, Filesystems, Filesystem
Virtual file system | =VFS
ZFS | OpenZFS
Compilers | Compiler design
Game development | Game dev, Gamedev
Web development | Web dev
Frontend development | Front-end development, Front end development, ^Frontend, ^Front-end, ^Front end, Frontend engineering, Front-end engineering
Backend development | Back-end development, Back end development, ^Backend, ^Back-end, ^Back end, Backend engineering, Back-end engineering
Full-stack development | Full stack development, ^Fullstack, ^Full-stack, ^Full stack, Full-stack engineering, Full stack engineering
SEO | Search engine optimization, Search engine optimisation
SEM | Search engine marketing
PPC | Pay-per-click, Pay per click, PPC advertising
Email marketing | E-mail marketing
Marketing automation
Conversion rate optimization | Conversion optimization
Digital marketing
Content management systems | =CMS
E-commerce | Ecommerce, eCommerce
Blockchain
Smart contracts > Blockchain
Ethereum > Blockchain
Web3
Robotics
ROS | Robot Operating System
IoT | Internet of Things
AR/VR | Augmented reality, Virtual reality, =VR, =XR
Quantum computing
^Product management
^Project management | Project management methodologies, Project management methodology
ITIL
Six Sigma | Lean Six Sigma
Lean! | Lean manufacturing, Lean principles, Lean methodology, Lean methodologies, Lean software development, Lean management, Lean practices, Lean IT
GAAP | US GAAP, U.S. GAAP, Generally Accepted Accounting Principles
IFRS | International Financial Reporting Standards
Technical writing | Technical documentation
Localization | Internationalization, i18n, l10n, Localisation
Open source | Open-source, OSS
Cross-browser compatibility | Cross-browser
Object-relational mapping | =ORM
Requirements gathering | Requirements analysis
Business analysis
UML
Data entry
@healthcare
Epic! | Epic EMR, Epic Systems, Epic EHR
Cerner | Cerner Millennium, Oracle Health
Meditech | MEDITECH Expanse
Allscripts
athenahealth | athenaOne, Athena Health
eClinicalWorks | eCW
NextGen Healthcare | NextGen!
Aprima
Practice Fusion | PracticeFusion
Elation Health | Elation!, Elation EMR
McKesson
Greenway Health | Greenway!
Kareo
DrChrono
EHR | EMR, EMRs, EHRs, Electronic health records, Electronic medical records, Electronic health record, Electronic medical record
ICD coding | ICD-10, ICD10, ICD-9, ICD9, ICD-10-CM, ICD-9-CM, ICD-10-PCS, ICD codes
CPT coding | =CPT, Current Procedural Terminology, CPT codes
@ecommerce
Broadleaf Commerce | Broadleaf
Elastic Path | ElasticPath, Elastic Path Commerce
KonaKart
Salesforce Commerce Cloud | Demandware, SFCC > Salesforce
SAP Commerce Cloud | SAP Hybris, Hybris > SAP
BigCommerce
WooCommerce > WordPress
commercetools
Oracle ATG | ATG Commerce
Payment gateways | Payment gateway, payment gateway integration
@analytics
Web analytics | Digital analytics, Website analytics, Clickstream analysis
Adobe Report Builder > Adobe Analytics
Adobe Target > A/B testing
Adobe Audience Manager
Adobe Experience Platform | =AEP
Adobe Campaign
Adobe Launch | Adobe Experience Platform Launch, Adobe Dynamic Tag Management
Tealium | Tealium iQ
Heap Analytics
Pendo
FullStory
Matomo | Piwik
Webtrends
Google Search Console | Google Webmaster Tools
Google Optimize > A/B testing
=VWO | Visual Website Optimizer > A/B testing
Statistical process control | =SPC
Microsoft BI | =MSBI, MS BI, Microsoft BI Platform, Microsoft BI stack, Microsoft Business Intelligence > Business intelligence
SAP BusinessObjects | SAP Business Objects, Business Objects, BusinessObjects, BOBJ, SAP BO > Business intelligence, SAP
Crystal Reports | SAP Crystal Reports > Business intelligence
=OBIEE | Oracle Business Intelligence, Oracle BI, Oracle Analytics Cloud, Oracle Analytics > Business intelligence
Domo! > Business intelligence
Sisense > Business intelligence
TIBCO Spotfire | Spotfire > Business intelligence
Pentaho > Business intelligence
ThoughtSpot > Business intelligence
Oracle Hyperion | Hyperion!, Hyperion Planning, Hyperion Financial Management, =HFM
Oracle Essbase | Essbase
Anaplan
Adaptive Insights | Workday Adaptive Planning, Adaptive Planning
Qualtrics
SurveyMonkey
Minitab
=JMP | SAS JMP
EViews
Power Pivot | PowerPivot > Excel
@adtech
Ad servers | Ad server, Ad serving, Ad-serving
Demand-side platforms | Demand-side platform, Demand side platforms, Demand side platform
Supply-side platforms | =SSP, =SSPs, Supply-side platform, Supply side platforms, Supply side platform
Data management platforms | =DMP, =DMPs, Data management platform
Customer data platforms | =CDP, =CDPs, Customer data platform
Programmatic advertising | Programmatic media buying, Programmatic buying, Programmatic media, Programmatic display, Programmatic ads
Real-time bidding | =RTB, Real time bidding
Google Ad Manager | =DFP, DoubleClick for Publishers, Google DFP
Campaign Manager 360 | DoubleClick Campaign Manager, Google Campaign Manager, DoubleClick for Advertisers, =DFA
Display & Video 360 | DV360, DoubleClick Bid Manager
Search Ads 360 | =SA360, DoubleClick Search
The Trade Desk
Xandr | AppNexus
MediaMath
Salesforce Marketing Cloud | ExactTarget, =SFMC > Salesforce
Braze
Klaviyo
mParticle
LiveRamp
Oracle BlueKai | BlueKai
AppsFlyer
Social media marketing | =SMM, Social media advertising
Affiliate marketing
Content marketing
@practice
Enterprise architecture | Enterprise architectures, Enterprise architecture frameworks
TOGAF > Enterprise architecture
Business process management | =BPM
Root cause analysis | Root-cause analysis
=FMEA | Failure mode and effects analysis, Failure mode and effect analysis, Failure modes and effects analysis
Kaizen > Lean
Value stream mapping | =VSM > Lean
Total productive maintenance | =TPM
IT service management | =ITSM
Financial modeling | Financial modelling, Financial models
Discounted cash flow | =DCF, DCF modeling, DCF analysis
Interaction design | =IxD
Motion graphics
@scm
Supply chain management | =SCM, Supply chain planning, Supply chain optimization, Supply chain analytics, Supply chain systems
Demand planning | Demand forecasting
Sales and operations planning | =S&OP
Material requirements planning | =MRP, MRP II, Manufacturing resource planning
Warehouse management systems | =WMS, Warehouse management system
Transportation management systems | Transportation management system
Blue Yonder | JDA Software
Manhattan Associates | Manhattan WMS, Manhattan SCALE
Kinaxis | Kinaxis RapidResponse
@erp
Lawson! | Infor Lawson, Lawson ERP, Lawson Supply Chain, Lawson SCM, Lawson S3, Lawson M3 > ERP
Infor CloudSuite | Infor M3, Infor LN, Infor SyteLine, Infor ERP > ERP
JD Edwards | =JDE, JD Edwards EnterpriseOne, JDE E1, JDE EnterpriseOne, JD Edwards World > ERP
Oracle PeopleSoft | PeopleSoft, PeopleSoft HCM, PeopleSoft Financials > ERP
Oracle Fusion | Oracle Fusion Cloud, Oracle Cloud ERP, Oracle ERP Cloud, Oracle Fusion Applications, Oracle Fusion ERP > ERP
Epicor | Epicor ERP, Epicor Kinetic > ERP
Microsoft Dynamics GP | Dynamics GP, Great Plains, Microsoft Great Plains > ERP
Microsoft Dynamics AX | Dynamics AX, Dynamics 365 Finance and Operations, Dynamics 365 F&O > ERP
Microsoft Dynamics NAV | Dynamics NAV, Navision, Business Central, Dynamics 365 Business Central > ERP
Sage Intacct | Intacct > ERP
Sage ERP | Sage 50, Sage 100, Sage 300, Sage X3 > ERP
Acumatica > ERP
=SAP FICO | SAP FI/CO, =SAP FI, =SAP CO, SAP Finance > SAP
=SAP MM | SAP Materials Management > SAP
=SAP SD | SAP Sales and Distribution > SAP
=SAP PP | SAP Production Planning > SAP
SAP EWM | =SAP WM, SAP Extended Warehouse Management > SAP
SAP HCM | =SAP HR > SAP
SAP BW | SAP Business Warehouse, SAP BW/4HANA, SAP BI > SAP, Data warehousing
SAP Business Technology Platform | SAP BTP, SAP Cloud Platform, =SAP SCP > SAP
SAP SuccessFactors | SuccessFactors > SAP
SAP Fiori | Fiori > SAP
SAP PI/PO | =SAP PI, =SAP PO, SAP Process Integration, SAP Process Orchestration, SAP CPI, SAP Cloud Platform Integration > SAP
SAP Data Services | =SAP BODS, =BODS, BusinessObjects Data Services > SAP
SAP Integrated Business Planning | =SAP IBP, SAP APO > SAP
SAP Basis > SAP
Kronos! | UKG, Kronos Workforce Central, UKG Pro, UKG Dimensions, UltiPro
ADP Workforce Now | ADP Vantage, ADP Vantage HCM
BambooHR
Oracle Taleo | Taleo
iCIMS
Cornerstone OnDemand
Ceridian Dayforce | Dayforce
Guidewire | Guidewire PolicyCenter, Guidewire ClaimCenter, Guidewire BillingCenter
Duck Creek
nCino
Temenos T24 | Temenos Transact
Finacle
@finance
Refinitiv Eikon | Eikon, Thomson Reuters Eikon, Refinitiv
Murex
Charles River IMS | Charles River Development
BlackRock Aladdin
BlackLine
Kyriba
FreshBooks
ARGUS Enterprise | Argus Enterprise
Yardi | Yardi Voyager
@security
Access control | Access control systems, Access controls!, Physical access control, Physical access control systems, Card access systems, Electronic access control
=CCTV | Closed-circuit television, Video surveillance, Video surveillance systems, CCTV systems
Video management systems | Video management system, Video management software
Alarm systems | Intrusion alarm systems, Intrusion detection alarm, Burglar alarm systems, Security alarm systems
Fire alarm systems | Fire alarm, Fire alarms, Fire detection systems
Lenel | Lenel OnGuard, LenelS2, OnGuard
Genetec | Genetec Security Center
Milestone XProtect | XProtect
Software House C-CURE | =C-CURE, C-CURE 9000, CCURE
Physical security | Physical security systems, Security systems integration
Privileged access management | =PAM, Privileged account management, Privileged identity management
Random Password Manager | Lieberman RPM, Lieberman Random Password Manager > Privileged access management
=Active Roles | One Identity Active Roles, Active Roles Server, Active Roles Servers, ActiveRoles, Quest Active Roles > Active Directory
BeyondTrust > Privileged access management
Delinea | Thycotic, Thycotic Secret Server, Delinea Secret Server > Privileged access management
Centrify
ForgeRock
Ping Identity | PingFederate, PingOne, PingAccess
Oracle Access Manager | =OAM > Identity and access management
IBM Security Identity Manager | =ISIM, Tivoli Identity Manager, IBM Tivoli Identity Manager > Identity and access management
Microsoft Identity Manager | Forefront Identity Manager > Identity and access management
NetIQ | NetIQ Identity Manager
Saviynt > Identity and access management
Tenable | Tenable.io, Tenable.sc, Tenable Nessus
Rapid7 | InsightVM, InsightIDR
Carbon Black | VMware Carbon Black
SentinelOne
Microsoft Defender | Defender for Endpoint, Microsoft Defender for Endpoint, Windows Defender
Microsoft Sentinel | Azure Sentinel
IBM QRadar | QRadar
ArcSight | Micro Focus ArcSight
Zscaler
Proofpoint
Mimecast
=SOAR | Security orchestration automation and response
NERC CIP | =NERC, NERC compliance, NERC standards
@healthcare
=PACS | Picture archiving and communication system, Picture archiving and communication systems
Radiology information systems | Radiology information system
Laboratory information management systems | =LIMS, Laboratory information management system, Laboratory information systems, Laboratory information system
=DICOM
=HCPCS
Revenue cycle management | Revenue cycle
Medical coding | Medical billing and coding, Medical billing
Health information exchange | Health information exchanges
Epic Clarity | Clarity reporting > Epic
Cerner PowerChart | PowerChart > Cerner
Electronic data capture | Electronic data capture systems
Clinical trial management systems | Clinical trial management system, =CTMS
Medidata Rave | Medidata
Veeva | Veeva Vault, Veeva CRM, Veeva Systems
REDCap
@industrial
Continuous emissions monitoring | Continuous emissions monitoring systems, Continuous emissions monitoring system, Continuous emissions monitor, Continuous emissions monitors, Continuous emission monitoring, Continuous emission monitoring systems, =CEMS
GE Mark VI | =Mark VI, =Mark VIe, GE Mark VIe, GE Speedtronic, Speedtronic > Distributed control systems
Emerson DeltaV | DeltaV > Distributed control systems
Emerson Ovation | Ovation DCS > Distributed control systems
Honeywell Experion | Experion PKS, Experion DCS > Distributed control systems
Yokogawa CENTUM | CENTUM VP, Yokogawa Centum VP > Distributed control systems
ABB 800xA | 800xA, ABB System 800xA > Distributed control systems
Foxboro DCS | Foxboro I/A, Foxboro Evo, Foxboro I/A Series > Distributed control systems
Triconex | Schneider Triconex
Wonderware | AVEVA InTouch, Wonderware InTouch, Wonderware System Platform > HMI
OSIsoft PI | PI System, AVEVA PI, PI Historian, OSIsoft PI System
Ignition SCADA | Inductive Automation Ignition > SCADA
FactoryTalk | FactoryTalk View, RSView > Allen-Bradley
Studio 5000 | RSLogix 5000, RSLogix, Rockwell RSLogix > Allen-Bradley, PLC programming
Modicon | Schneider Modicon
GE iFIX | iFIX, GE Proficy, Proficy
CitectSCADA | Citect > SCADA
=HVAC | HVAC systems, HVAC controls
BACnet
Johnson Controls Metasys | Metasys
Tridium Niagara | Niagara Framework, Tridium
Blueprint reading | Reading blueprints, Read blueprints, Blueprint interpretation, Interpret blueprints, Work from blueprints, Working from blueprints, Reading of blueprints
Schematic reading | Reading schematics, Read schematics, Electrical schematics, Wiring diagrams
=P&ID | P&IDs, Piping and instrumentation diagrams, Piping and instrumentation diagram
Mastercam
G-code
Autodesk Civil 3D | Civil 3D, AutoCAD Civil 3D
@design
Axure | Axure RP
Balsamiq
Adobe Lightroom | Lightroom
CorelDRAW | Corel Draw, CorelDraw
Affinity Designer
Procreate!
Cinema 4D | C4D
ZBrush
Adobe Substance | Substance Painter, Substance Designer, Substance 3D
SideFX Houdini | Houdini!
Foundry Nuke | =Nuke!
Final Cut Pro | Final Cut
Avid Media Composer | Media Composer
Pro Tools | ProTools
@office
Apple Keynote | Keynote!
Apple iWork | iWork
Lotus Notes | IBM Notes, Lotus Domino, IBM Domino
Google Forms
@cloud
AWS GovCloud | GovCloud > AWS
AWS C2S | =C2S, Commercial Cloud Services > AWS
Azure Government > Azure
`;

/**
 * Never skills, whatever a source says (LABELING.md: generic words; company or social-network
 * names alone). Compared with skillKey().
 */
export const NOT_SKILLS: string[] = [
  // generic words
  'software', 'applications', 'application', 'databases', 'database', 'cloud', 'APIs', 'API', 'web', 'systems',
  'system', 'data', 'design', 'testing', 'security', 'computer', 'computers', 'internet', 'email', 'e-mail',
  'network', 'networks', 'programming', 'code', 'coding', 'technology', 'technologies', 'IT', 'tools', 'platform',
  'digital', 'online', 'mobile', 'desktop', 'server', 'servers', 'hardware', 'analytics', 'automation', 'reporting',
  'documentation', 'engineering', 'development', 'infrastructure', 'architecture', 'integration', 'compilers',
  'debuggers', 'text', 'markdown', 'checksums', 'ignore list', 'option list', 'raw token data', 'unix assembly',
  'shell', 'basic', 'genie', 'motorola 68k assembly', 'www', 'middleware', 'ATS', 'Decompilers', 'Profilers',
  // source names that are common words or names the dictionary lacks
  'Biome', 'Astro', 'Livewire', 'Turbo', 'Swiper', 'Teleport', 'Nano', 'Lumen', 'Noir', 'Uno', 'Pic', 'Rect',
  'Lex', 'Shen', 'Jai', 'Roc', 'Honeypot', 'Bowtie', 'Cufflinks', 'Appletree', 'Rapide', 'Quint', 'Opa', 'Mako',
  'Marko', 'Jac', 'Rez', 'Deta', 'Ory', 'Talos', 'Eko', 'Canu', 'Gno', 'Bru', 'Flix', 'Toit', 'Tolk', 'Vento',
  'jule', 'jeet', 'norg', 'codeac', 'discloud', 'devicon', 'Behance', 'Airdata', 'Databox', 'Arping', 'Brainworks',
  'Navzilla', 'Apatar', 'Edulastic', 'Edpuzzle', 'Kapwing', 'Screencastify', 'Screencast-O-Matic', 'Desmos',
  'Geogebra', 'Bikeshed', 'Cooklang', 'Praat', 'Omgrofl', 'Dogescript', 'Pyret', 'Cirru', 'Moocode', 'Jasmin',
  'Frege', 'Golo', 'Imba', 'Ioke', 'Jolie', 'Koka', 'Mirah', 'Shen', 'Whiley', 'Wollok', 'Yul', 'Zimpl', 'Rhai',
  'Vyper', 'Rebol', 'Ragel', 'Smali', 'Roff', 'Scaml', 'Portugol', 'ooc', 'templ', 'ucode', 'hoon', 'Gosu',
  'Harbour', 'Fantom', 'Daslang', 'Cangjie', 'Aleo', 'Flying PopCorn', 'SMS Valet', 'Eleventy', 'Gitter',
  'Sage', 'Sequence', 'Cue', 'Slash', 'Pep8', 'Glyph', 'Just', 'Lean', 'Logos', 'Mask', 'Pan', 'Ox', 'Pike',
  'Q#', 'Motoko', 'Noir', 'Mojo', 'Red', 'Io', 'Nu', 'Self', 'Pure', 'Ring', 'Clean', 'Squirrel', 'Turing',
  'Modula', 'Forth', 'Oberon', 'Mendel', 'Ferret', 'Vigilant', 'Penultimate', 'Travis', 'Samba', 'Blink',
  'Squeegee', 'Genie Interactive', 'Wolfram', 'CARB', 'Gump', 'Litchi', 'Replit', 'Codepen', 'Kaggle', 'HRIS', 'FRx',
  // companies, consumer apps and social networks (a posting names them as places, not skills)
  'Facebook', 'YouTube', 'LinkedIn', 'Instagram', 'Twitter', 'TikTok', 'Snapchat', 'Pinterest', 'Myspace', 'Tumblr',
  'Vimeo', 'Skype', 'FaceTime', 'WhatsApp', 'Google', 'Apple', 'Amazon', 'Microsoft', 'IBM', 'Meta', 'GroupMe',
  'Reddit', 'Discord', 'Telegram', 'WeChat', 'Yelp', 'Uber', 'Airbnb', 'Netflix', 'Spotify', 'Glassdoor', 'Indeed',
  'Craigslist', 'eBay', 'PayPal', 'Venmo', 'Zillow', 'Blogger', 'Myspace', 'Eventbrite', 'Meetup', 'Quora',
  'Google Chrome', 'Chrome', 'Firefox', 'Mozilla Firefox', 'Safari', 'Internet Explorer', 'Microsoft Edge', 'Opera',
  'iPhone', 'iPad', 'Android phone', 'Apple iPhone', 'Apple iPad', 'Kindle', 'Amazon Kindle', 'Gmail', 'Yahoo',
  'Google Maps', 'Google Search', 'Bing', 'Zoom', 'Dropbox', 'Box', 'Evernote', 'Craigslist', 'WebEx', 'Cisco Webex',
  'GoToMeeting', 'Adobe Acrobat Reader', 'Adobe Reader', 'Acrobat Reader', 'Windows Media Player', 'iTunes',
  'Apple iTunes', 'Google Drive', 'OneDrive', 'Microsoft OneDrive', 'iCloud', 'Mentimeter', 'Kahoot!', 'Quizlet',
  'Nearpod', 'Padlet', 'Seesaw', 'Loom', 'Tadpoles', 'Bloomz', 'ClassDojo', 'Edmodo', 'Flipgrid', 'Schoology',
  'Remind', 'Epocrates', 'WorldCat', 'Factiva', 'USPS.com', 'LexisNexis', 'Westlaw', 'Bitcoin', 'Ethereum Classic',
];

const ADTECH = /\b(?:advertis\w*|programmatic|ad ?tech|ad servers?|ad serving|DMPs?|SSPs?|RTB|media buying|demand[- ]side)\b/i;

/**
 * Context senses: a scanned surface (lower-cased) whose skill depends on the words around it
 * (300 characters each side). The first alternative whose context matches replaces the
 * default skill of the surface; none matching keeps the default.
 */
export const SENSES: Record<string, [string, RegExp][]> = {
  dsp: [['Demand-side platforms', ADTECH]],
  dsps: [['Demand-side platforms', ADTECH]],
};

/** Vendor names that make a product name specific ("Microsoft Visual Studio"). */
export const VENDORS = new Set(
  ('Microsoft IBM Oracle Adobe Google Apple SAP Autodesk Intuit Cisco Amazon AWS Apache Atlassian Salesforce VMware ' +
    'Esri ESRI Siemens Dassault Bentley Hewlett-Packard HP Dell RedHat Epicor Infor Corel Citrix Symantec ' +
    'McAfee Mozilla JetBrains Bloomberg Thomson Reuters SAS Tableau Minitab Qlik Informatica ' +
    'Teradata Cerner Epic Meditech Allscripts NextGen Workday ServiceNow Zendesk HubSpot Mailchimp Shopify Trimble ' +
    'Intergraph Hexagon PTC ANSYS Altair MathWorks Wolfram Rockwell Schneider Honeywell ' +
    'Emerson Yokogawa ABB GE Kronos UKG ADP Paychex Ceridian BambooHR Zoho Freshworks Atlassian Splunk Elastic ' +
    'Cloudera Hortonworks MongoDB Redis Confluent Databricks Snowflake Fivetran').split(' '),
);

/** ESCO knowledge labels kept as skills: label -> [canonical name, category]. */
export const ESCO_ALLOW: Record<string, [string, string]> = {
  'machine learning': ['Machine learning', 'data'],
  'deep learning': ['Deep learning', 'data'],
  'computer vision': ['Computer vision', 'data'],
  'web analytics': ['Web analytics', 'data'],
  'statistics': ['Statistics', 'data'],
  'biostatistics': ['Biostatistics', 'data'],
  'algorithms': ['Algorithms', 'practice'],
  'artificial neural networks': ['Neural networks', 'data'],
  'digital image processing': ['Image processing', 'data'],
  'reverse engineering': ['Reverse engineering', 'security'],
  '3D modelling': ['3D modeling', 'design'],
  'data analytics': ['Data analysis', 'data'],
  'data mining methods': ['Data mining', 'data'],
  'robotics': ['Robotics', 'practice'],
  'programmable logic controller': ['PLC programming', 'industrial'],
  'building automation': ['Building automation', 'industrial'],
  'learning management systems': ['Learning management systems', 'software'],
  'model based system engineering': ['Model-based systems engineering', 'practice'],
  'digital compositing': ['Digital compositing', 'design'],
  'product data management': ['Product data management', 'software'],
  'statistical process control': ['Statistical process control', 'practice'],
  'scientific modelling': ['Scientific modeling', 'data'],
  'CAD software': ['CAD', 'cad'],
  'CAE software': ['CAE', 'cad'],
  'microelectronics': ['Microelectronics', 'industrial'],
  'power electronics': ['Power electronics', 'industrial'],
  'World Wide Web Consortium standards': ['W3C standards', 'frontend'],
};
