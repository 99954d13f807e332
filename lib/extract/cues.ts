/**
 * Level cues: words in a sentence that make the skills near them required, preferred, negated or
 * merely mentioned. Rules are data: each line says what it matches, which way it reaches and why.
 * Scope (../shared/notes/compromise.md §2.2): `left` reaches back to skills before the cue,
 * `right` forward, `both` reaches left when a skill is there and else right, `span` covers what
 * the match itself contains ("no Java experience needed").
 */

export type CueLabel = 'required' | 'preferred' | 'weakPreferred' | 'negated' | 'mentioned';
export type CueScope = 'left' | 'right' | 'both' | 'span';
/** `modal` cues ("must", "a plus") beat `desc` cues ("strong", "familiarity with") at any distance. */
export type CueTier = 'modal' | 'desc';

export interface Cue {
  re: RegExp;
  label: CueLabel;
  scope: CueScope;
  tier: CueTier;
  reason: string;
  /** a descriptor strong enough to be a demand even inside a duties section ("3+ years of Go") */
  strong?: boolean;
}

const W = String.raw`[\w#+.\/-]+`;

/** Ordered; negations first so that overlapping "required" inside "not required" is dropped. */
export const CUES: Cue[] = [
  // negation
  { re: new RegExp(String.raw`\b(?:no|zero)\s+(?:prior\s+|previous\s+|formal\s+)?(?:${W}\s+){0,4}?(?:experience|knowledge|background|skills?)?\s*(?:is\s+|are\s+)?(?:required|needed|necessary|expected|mandatory)\b`, 'gi'), label: 'negated', scope: 'span', tier: 'modal', reason: '"no X experience needed"' },
  { re: new RegExp(String.raw`\bnot\s+an?\s+(?:${W}\s+){1,3}?(?:role|position|job|shop|gig|team)\b`, 'gi'), label: 'negated', scope: 'span', tier: 'modal', reason: '"not a Salesforce role"' },
  { re: new RegExp(String.raw`\bwithout\s+(?:any\s+)?(?:prior\s+)?(?:${W}\s+){0,3}?(?:experience|knowledge|background)\b`, 'gi'), label: 'negated', scope: 'span', tier: 'modal', reason: '"without X experience"' },
  { re: /\b(?:is|are|be)\s+not\s+(?:a\s+)?(?:required|necessary|needed|mandatory|essential|expected|a\s+must|requirement|prerequisite|a\s+requirement|a\s+prerequisite)\b|\bisn[’']t\s+(?:required|necessary|needed|a\s+must)\b/gi, label: 'negated', scope: 'left', tier: 'modal', reason: '"X is not required"' },
  { re: /\bnot\s+(?:required|necessary|needed|mandatory|expected)\b/gi, label: 'negated', scope: 'both', tier: 'modal', reason: '"not required"' },
  { re: /\b(?:do|does|will|did)(?:\s+not|n[’']t)\s+(?:need|require|expect)\b|\bno\s+need\s+(?:to\s+know|for)\b|\b(?:have|has)(?:\s+not|n[’']t|\s+never)\s+(?:used|worked)\b|\bdon[’']t\s+(?:need|have\s+to\s+know)\b/gi, label: 'negated', scope: 'right', tier: 'modal', reason: '"you don\'t need X"' },
  // mentioned: a stack line names tools, it does not ask for them
  { re: /^(?:our\s+|the\s+)?(?:tech(?:nology)?\s+stack|technologies(?:\s+used)?|tools(?:\s+we\s+use)?|stack|environment)\s*[:\-–]/gi, label: 'mentioned', scope: 'right', tier: 'modal', reason: '"Tech stack:" line' },
  { re: /\b(?:we|our\s+team)\s+(?:use|uses|work\s+with|build\s+with|run\s+on)\b|\b(?:built|running)\s+(?:on|with)\b|\bpowered\s+by\b|\bour\s+(?:tech\s+)?stack\s+(?:is|includes)\b/gi, label: 'mentioned', scope: 'right', tier: 'desc', reason: '"we use X": a description, not a demand' },
  // preferred, modal
  { re: /\b(?:(?:is|are|would\s+be|will\s+be|be|as)\s+)?(?:also\s+)?(?:an?\s+)?(?:(?:big|huge|strong|definite|great|added|nice|real|major|distinct|significant)\s+)?(?<![-\w])(?:plus|bonus|advantage|asset)(?:es)?\b(?!\s+(?:if|for|points)|-)/gi, label: 'preferred', scope: 'left', tier: 'modal', reason: '"X is a plus"' },
  { re: /\b(?:is|are|would\s+be|will\s+be)\s+(?:also\s+)?(?:highly\s+|very\s+|a\s+)?(?:preferred|desired|desirable|beneficial|helpful|useful|welcome|appreciated|valued|advantageous|nice|great|good)\b|\bhighly\s+(?:valued|desirable|regarded|appreciated)\b|\b(?:would|will|could)\s+(?:help|be\s+(?:helpful|useful|great|nice|beneficial|valuable|handy))\b|\bnice\s+to\s+know\b|\bhelps\b|\b(?:also\s+)?welcomed?\b(?!\s+to\b)/gi, label: 'preferred', scope: 'left', tier: 'modal', reason: '"X would be great"' },
  { re: /\b(?:preferably|ideally|optionally|bonus\s+if|bonus\s+points\s+(?:if|for)|extra\s+(?:points|credit)\s+(?:if|for)|(?:a\s+)?plus\s+if|(?:a\s+)?plus\s+for|we(?:[’']d|\s+would)\s+(?:love|like)|would\s+love|it(?:[’']s|\s+is|\s+would\s+be)\s+(?:a\s+plus|nice|great|good|helpful|beneficial)\s+(?:if|to)|would\s+be\s+great\s+if|would\s+be\s+nice\s+if|in\s+an\s+ideal\s+world|even\s+better\s+if|you\s+might\s+also\s+have|not\s+required\s+but)\b/gi, label: 'preferred', scope: 'right', tier: 'modal', reason: '"ideally X"' },
  { re: /\b(?:nice|good|great)[- ]to[- ](?:have|know|haves)\b|\b(?:preferred|desired|desirable|optional|beneficial|advantageous|bonus)\b/gi, label: 'preferred', scope: 'both', tier: 'modal', reason: '"preferred"' },
  // required, modal
  { re: /\b(?:must|should|shall)\s+(?:also\s+)?(?:have|know|possess|be|demonstrate|understand|bring|hold|include)\b|\b(?:requires?|we\s+require|requiring)\b|\b(?:you|candidates?|applicants?)\s+(?:will\s+)?(?:need|needs)\b|\bneed\s+(?:to\s+(?:have|know|be))\b|\bmust\b|(?<!\b(?:if|when|whether|once|that|where|as|since|because|ideally|preferably|optionally),?\s+)\byou(?:[’']ll|\s+will)?\s+(?:have|bring|possess)\b|\b(?:ideal|successful)\s+candidates?\s+(?:will\s+)?(?:have|has|possess|possesses|bring|brings)\b/gi, label: 'required', scope: 'right', tier: 'modal', reason: '"must have X"' },
  { re: /(?<!\b(?:as|if|when|where|whenever|unless)\s+)\b(?:required|mandatory|essential|(?:is|are)\s+needed|a\s+must|must[- ]haves?|prerequisites?|(?<!\b(?:specify|specifying|specifies|gather|gathering|gathers|define|defining|defines|collect|collecting|document|documenting|translate|translating|translates|analy[sz]e|analy[sz]ing|capture|capturing|elicit|eliciting|meet|meeting|meets|review|reviewing|business|user|functional|non-functional|technical|system|systems|customer|client|product|project|regulatory|compliance|data|reporting|security|their|into)\s+)requirements?)\b(?!\s+to\s+(?!have\b|know\b|possess\b|be\b|hold\b|demonstrate\b))/gi, label: 'required', scope: 'both', tier: 'modal', reason: '"X required"' },
  // weak preferred: familiarity / exposure (required when under a required heading)
  { re: /\b(?:familiarity|familiar|exposure|acquainted|awareness|some\s+(?:experience|knowledge|exposure)|basic\s+(?:knowledge|understanding|familiarity)|interest)\s+(?:with|to|of|in)\b/gi, label: 'weakPreferred', scope: 'right', tier: 'desc', reason: '"familiarity with X"' },
  // required, descriptors
  { re: /\b\d{1,2}(?:\.\d)?\s*\+?\s*(?:(?:-|–|—|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b/gi, label: 'required', scope: 'right', tier: 'desc', reason: '"N+ years of X"', strong: true },
  { re: /(?<!\b(?:gain|gaining|gains|develop|developing|build|building|acquire|acquiring|get|getting)\s+)\b(?:strong|solid|proven|extensive|expert|advanced|significant|substantial|demonstrated)\s+(?:hands[- ]on\s+|technical\s+|working\s+|practical\s+|professional\s+|programming\s+)?(?:experience|expertise|knowledge|proficiency|background|command)\s+(?:with|in|of|using|on)\b|\bproficien(?:t|cy)\s+(?:in|with|at|using)\b|\bexpert(?:ise)?\s+(?:in|with|at)\b|\bexpert[- ]level\b/gi, label: 'required', scope: 'right', tier: 'desc', reason: '"strong experience with X": a demand even among duties (LABELING)', strong: true },
  { re: /\b(?:strong|solid|deep|proven|extensive|expert|expertise|advanced|excellent|thorough|in[- ]depth|hands[- ]on|demonstrated|significant|substantial|proficien(?:t|cy)|fluen(?:t|cy)|mastery|command\s+of|expert[- ]level|working\s+knowledge|good\s+(?:knowledge|understanding|command|experience)|skilled|competent|competency|well[- ]versed|adept|comfortable)\b/gi, label: 'required', scope: 'right', tier: 'desc', reason: '"strong experience with X"' },
  { re: /\b(?:experience|experienced|knowledge|understanding|background|ability\s+to\s+(?:use|work\s+with|write|build|develop)|track\s+record)\s+(?:with|in|of|using|on|building|developing|writing|working)\b/gi, label: 'required', scope: 'right', tier: 'desc', reason: '"experience with X"' },
  { re: /\b(?:experience|expertise|skills|knowledge|proficiency)\b/gi, label: 'required', scope: 'left', tier: 'desc', reason: '"X experience"' },
];
