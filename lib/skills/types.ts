/** One taxonomy entry as stored in data/skills.json (compact keys keep the bundle small). */
export interface RawSkill {
  /** canonical name */
  n: string;
  /** category */
  c: string;
  /** aliases (other spellings), scanned like the name */
  a?: string[];
  /** canonical names this skill directly implies */
  i?: string[];
  /** surfaces (name or aliases) that are common English words: the ambiguity guard applies */
  x?: string[];
  /** surfaces that only match with exactly this capitalisation ("R", "Go", "REST") */
  s?: string[];
  /**
   * surfaces that name a generic class ("algorithms", "operating systems", "UI", "backend"):
   * they count only in an explicit list of other skills or alone on their line, never as the
   * head of a compound ("predictive modeling algorithms", "Adobe Analytics UI")
   */
  g?: string[];
  /** aliases known to getSkill() but never scanned in text (too generic on their own) */
  q?: string[];
}

export interface SkillData {
  /** credits and generation note */
  about: string;
  skills: RawSkill[];
}
