/** Number words and figures as written in postings ("five", "two-to-three", "2.5", "10+"). */

export const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, a: 1, an: 1,
};

/** Regex source for one small number: digits or a number word. */
export const NUM_SRC = String.raw`(?:\d{1,2}(?:\.\d{1,2})?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)`;

/** The value of a number token from NUM_SRC, or null. */
export function parseSmallNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return t in WORD_NUMBERS ? WORD_NUMBERS[t]! : null;
}
