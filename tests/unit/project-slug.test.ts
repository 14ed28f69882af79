import { describe, expect, it } from "vitest";
import { suggestSlug } from "~/projects/project-slug";

describe("a new project's suggested short name", () => {
  it("comes from the first name in the form's order of languages", () => {
    expect(suggestSlug({ name_lv: "", name_ru: "Молодёжный совет", name_en: "Youth council" })).toBe("molodyozhnyy-sovet");
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
