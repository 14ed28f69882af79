import { describe, expect, it } from "vitest";
import { suggestSlug } from "~/projects/project-slug";
import { asciiWords } from "~/utils/transliterate";

describe("ASCII words of a text", () => {
  it("drops diacritics and romanises Cyrillic and Greek letter by letter", () => {
    expect(asciiWords("Stereotipi un pilsoniskā līdzdalība")).toEqual(["stereotipi", "un", "pilsoniska", "lidzdaliba"]);
    expect(asciiWords("Ģimeņu ķēķis Ļūdzā")).toEqual(["gimenu", "kekis", "ludza"]);
    expect(asciiWords("Даугавпилс: Щёлково, подъезд")).toEqual(["daugavpils", "shchelkovo", "podezd"]);
    expect(asciiWords("Київ, Їжак, Йошкар-Ола")).toEqual(["kiyiv", "yizhak", "yoshkar", "ola"]);
    expect(asciiWords("Αθήνα")).toEqual(["athina"]);
    expect(asciiWords("Straße Øresund Łódź")).toEqual(["strasse", "oresund", "lodz"]);
  });

  it("treats everything else as a break between words", () => {
    expect(asciiWords("Bus stop — 2019/20 (日本)")).toEqual(["bus", "stop", "2019", "20"]);
    expect(asciiWords("日本")).toEqual([]);
  });
});

describe("a new project's suggested short name", () => {
  it("comes from the first name in the form's order of languages", () => {
    expect(suggestSlug({ name_lv: "", name_ru: "Молодёжный совет", name_en: "Youth council" })).toBe("molodezhnyy-sovet");
    expect(suggestSlug({ name_lv: "  Jauniešu dome 2027 ", name_en: "Youth council" })).toBe("jauniesu-dome-2027");
  });

  it("keeps whole words within 36 characters, and is empty when there is too little to make one", () => {
    expect(suggestSlug({ name_en: "Promoting democratic engagement and civic participation" })).toBe("promoting-democratic-engagement-and");
    expect(suggestSlug({ name_en: "Donaudampfschifffahrtsgesellschaftskapitän" })).toBe("donaudampfschifffahrtsgesellschaftsk");
    expect(suggestSlug({ name_en: "A" })).toBe("");
    expect(suggestSlug({ name_en: "日本" })).toBe("");
    expect(suggestSlug({})).toBe("");
  });
});
