import { describe, expect, it } from "vitest";
import { slugify, transliterate } from "~/utils/transliterate";

describe("transliterate", () => {
  it("writes Russian the way a Russian passport or road sign would, without diacritics", () => {
    expect(transliterate("Проверка экспорта")).toBe("Proverka eksporta");
    expect(transliterate("Стереотипы и гражданское участие")).toBe("Stereotipy i grazhdanskoe uchastie");
    expect(transliterate("Щука, ёж, чай, юла, яма, цех, хор, подъезд, мышь, эхо")).toBe(
      "Shchuka, yozh, chay, yula, yama, tsekh, khor, podezd, mysh, ekho",
    );
    expect(transliterate("Жанна ЖУКОВА")).toBe("Zhanna ZHUKOVA");
  });

  it("reads Ukrainian by its own table, also without being told the language", () => {
    expect(transliterate("Київ, Харків, Україна")).toBe("Kyiv, Kharkiv, Ukraina");
    expect(transliterate("Єнакієве, Їжакевич, Юрій, Яготин")).toBe("Yenakiieve, Yizhakevych, Yurii, Yahotyn");
    expect(transliterate("Згурівка, Ґорґани, м’ята")).toBe("Zghurivka, Gorgany, miata");
    // The same letters read as Russian when the text is Russian.
    expect(transliterate("Юрий играет", "ru")).toBe("Yuriy igraet");
    expect(transliterate("Добрий день", "uk")).toBe("Dobryi den");
  });

  it("reads Bulgarian by its own table when told the language", () => {
    expect(transliterate("Щастлива България", "bg")).toBe("Shtastliva Balgaria");
  });

  it("takes the marks off Latvian and other Latin letters, and writes the letters of their own", () => {
    expect(transliterate("Stereotipi un pilsoniskā līdzdalība")).toBe("Stereotipi un pilsoniska lidzdaliba");
    expect(transliterate("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž")).toBe("ACEGIKLNSUZ acegiklnsuz");
    expect(transliterate("Straße, Æble, Øre, Łódź, Åsa, Väsby")).toBe("Strasse, Aeble, Ore, Lodz, Asa, Vasby");
  });

  it("writes Greek by ELOT 743, accents and pairs included", () => {
    expect(transliterate("Αθήνα, Θεσσαλονίκη")).toBe("Athina, Thessaloniki");
    expect(transliterate("Ευρώπη, ουρανός")).toBe("Evropi, ouranos");
  });

  it("leaves ASCII and scripts it cannot read as they are", () => {
    expect(transliterate("Event feedback 2019 (v2)!")).toBe("Event feedback 2019 (v2)!");
    expect(transliterate("استبيان")).toBe("استبيان");
  });
});

describe("slugify", () => {
  it("makes lower-case ASCII words joined by the separator", () => {
    expect(slugify("Bus stop")).toBe("bus-stop");
    expect(slugify("Bus stop", "_")).toBe("bus_stop");
    expect(slugify("  «Проверка» — экспорта!  ")).toBe("proverka-eksporta");
    expect(slugify("Jā, bieži", "_")).toBe("ja_biezi");
    expect(slugify("Так, часто", "_", "uk")).toBe("tak_chasto");
  });

  it("is empty when nothing readable is left", () => {
    expect(slugify("—!?")).toBe("");
    expect(slugify("استبيان")).toBe("");
  });
});
