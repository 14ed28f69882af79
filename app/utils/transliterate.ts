// Letters that Unicode does not decompose into a Latin letter and a mark.
const latinLetters: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ð: "d", ł: "l", þ: "th", ı: "i", ħ: "h" };

// Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian) in a plain,
// readable romanisation: "Даугавпилс" → "daugavpils", "Щёлково" → "shchelkovo".
const cyrillicLetters: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", є: "ye", і: "i", ї: "yi", ґ: "g", ў: "u", ђ: "dj", ј: "j",
  љ: "lj", њ: "nj", ћ: "c", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
};

const greekLetters: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x",
  ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};

const letters: Record<string, string> = { ...latinLetters, ...cyrillicLetters, ...greekLetters };

/**
 * The words of a text in lower-case ASCII letters and digits: diacritics dropped (Latvian
 * "Līdzdalība" → "lidzdaliba"), Cyrillic and Greek romanised, everything else a word break.
 * For names made from titles: addresses, file names, codes.
 */
export function asciiWords(text: string): string[] {
  const romanise = (char: string) => letters[char] ?? char;
  // Whole letters first ("й" is "y", not "и" with a mark), then what is left without its marks ("ά" → "α" → "a").
  const romanised = Array.from(text.toLowerCase().normalize("NFC"), (char) =>
    letters[char] ?? Array.from(char.normalize("NFKD").replace(/\p{M}/gu, ""), romanise).join(""),
  ).join("");
  return romanised.split(/[^a-z0-9]+/).filter(Boolean);
}
