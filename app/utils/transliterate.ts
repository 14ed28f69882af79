// Latin letters for text written in Cyrillic or Greek, and without diacritics, so that codes
// and names made from labels stay readable in any language: "Остановка" → "Ostanovka",
// "Šķērsiela" → "Skersiela". Scripts without a usual Latin spelling (Arabic) are kept as they are.

const cyrillic: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "e", є: "ye", ж: "zh", з: "z", и: "i", і: "i", ї: "yi",
  й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ђ: "dj", ј: "j", љ: "lj",
  њ: "nj", ћ: "c", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
};

const greek: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x",
  ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};

// Letters that are not a Latin letter with a combining mark, so NFD alone keeps them.
const latin: Record<string, string> = { ß: "ss", æ: "ae", ø: "o", œ: "oe", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h" };

const table: Record<string, string> = { ...cyrillic, ...greek, ...latin };

function latinLetter(char: string): string | undefined {
  const lower = char.toLowerCase();
  const latinised = table[lower];
  if (latinised === undefined || lower === char || !latinised) return latinised;
  return latinised[0]!.toUpperCase() + latinised.slice(1);
}

/** The text in ASCII where a letter has a usual Latin spelling; other characters are kept. */
export function transliterate(text: string): string {
  let result = "";
  // Looked up before the marks are stripped: "й" and "ї" are letters of their own, not "и" and "і".
  for (const char of text.normalize("NFC")) {
    const whole = latinLetter(char);
    if (whole !== undefined) {
      result += whole;
      continue;
    }
    const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    result += [...base].map((c) => latinLetter(c) ?? c).join("");
  }
  return result;
}
