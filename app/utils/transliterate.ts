/**
 * Readable ASCII for text in the languages Balss serves, for file names and codes derived from
 * labels (decision 018): Cyrillic by the usual romanisations (Russian BGN/PCGN without
 * diacritics, Ukrainian the 2010 national table, Bulgarian the 2009 one), Greek by ELOT 743
 * simplified, and Latin letters without their diacritics ("pilsoniskā" → "pilsoniska", "ß" → "ss").
 * Letters of other scripts (Arabic, Chinese…) are left as they are.
 *
 * `language` (the text's language code) picks the Cyrillic table; otherwise the text's own letters
 * decide: і, ї, є or ґ anywhere make it Ukrainian (и → y, г → h). Bulgarian has no letter of its
 * own, so it needs `language: "bg"`.
 */
export function transliterate(text: string, language?: string): string {
  const table = tableFor(text, language);
  // Greek accents go first so that "ού" reads as the pair "ου"; Cyrillic й keeps its breve.
  const chars = [...text.normalize("NFD").replace(/(\p{Script=Greek})\p{M}+/gu, "$1").normalize("NFC")];
  let out = "";
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    const lower = char.toLowerCase();
    const next = chars[index + 1] ?? "";
    const pair = greekPairs[lower + next.toLowerCase()];
    if (pair !== undefined) {
      out += withCase(pair, char, next);
      index++;
      continue;
    }
    const latin = romanise(table, lower, chars[index - 1]?.toLowerCase() ?? "", next.toLowerCase());
    out += latin === undefined ? latinWithoutMarks(char) : withCase(latin, char, next);
  }
  return out;
}

/**
 * "Bus stop" → "bus-stop", "Проверка экспорта" → "proverka-eksporta": transliterated, lower
 * case, every run of anything but a–z and 0–9 made one `separator`, none at either end.
 */
export function slugify(text: string, separator = "-", language?: string): string {
  return transliterate(text, language)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter(Boolean)
    .join(separator);
}

type Table = Record<string, string>;

const russian: Table = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Belarusian's own letter; its і makes the text read by the Ukrainian table.
  ў: "w",
};

const ukrainian: Table = {
  ...russian,
  г: "h", ґ: "g", е: "e", є: "ie", и: "y", і: "i", ї: "i", й: "i", ю: "iu", я: "ia", "'": "", "’": "", ʼ: "",
};
/** Ukrainian letters written differently at the start of a word (Єнакієве → Yenakiieve). */
const ukrainianWordStart: Table = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

const bulgarian: Table = { ...russian, х: "h", щ: "sht", ъ: "a", ь: "y", ю: "yu", я: "ya" };

const greek: Table = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l",
  μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f",
  χ: "ch", ψ: "ps", ω: "o",
};
const greekPairs: Table = { ου: "ou", αυ: "av", ευ: "ev", γγ: "ng", γκ: "gk" };

/** Latin letters that lose no mark but are letters of their own. */
const latinLetters: Table = { ß: "ss", æ: "ae", ø: "o", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i" };

const isLetter = (char: string) => /\p{L}/u.test(char);

function tableFor(text: string, language?: string): Table {
  if (language === "uk" || language === "be") return ukrainian;
  if (language === "bg") return bulgarian;
  if (language !== "ru" && /[іїєґ]/iu.test(text)) return ukrainian;
  return russian;
}

function romanise(table: Table, lower: string, previous: string, next: string): string | undefined {
  if (/\p{Script=Greek}/u.test(lower)) return greek[lower];
  if (table === ukrainian) {
    // The apostrophe belongs to the word: м’ята → miata.
    if (!isLetter(previous) && !/['’ʼ]/.test(previous) && ukrainianWordStart[lower]) return ukrainianWordStart[lower];
    if (lower === "г" && previous === "з") return "gh"; // зг → zgh, not zh
  }
  if (table === bulgarian && lower === "я" && previous === "и" && !isLetter(next)) return "a"; // -ия → -ia
  return table[lower] ?? latinLetters[lower];
}

function latinWithoutMarks(char: string): string {
  return char.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** Ж → "Zh" before a small letter, "ZH" in a word in capitals. */
function withCase(latin: string, original: string, next: string): string {
  if (original === original.toLowerCase()) return latin;
  if (next && next !== next.toLowerCase()) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}
