import { expect, test, type Locator, type Page } from "@playwright/test";
import { answerVisibleQuestions, expectAccessible, expectNoHorizontalScroll } from "./support";

// The 0–10 scale on a phone: eleven points laid out evenly, each its radio over its number.

const question = /How much can residents influence decisions in the city\?/;

async function openRatingQuestion(page: Page) {
  await page.goto("/s/DAUGAV/answer?lang=en");
  const scale = page.getByRole("group", { name: question });
  for (let step = 0; step < 4 && !(await scale.isVisible()); step++) {
    await answerVisibleQuestions(page, "scale");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(".progress-text")).toHaveText(`Page ${step + 2} of 4`);
  }
  await expect(scale).toBeVisible();
  return scale;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each point's cell (the target), radio and number. */
async function pointBoxes(scale: Locator) {
  return scale.locator(".option").evaluateAll((options) =>
    options.map((option) => {
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { x, y, width, height };
      };
      return { cell: box(option), radio: box(option.querySelector("input")!), label: box(option.querySelector("label")!) };
    }),
  );
}

const centreX = (box: Box) => box.x + box.width / 2;

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ locale: "en-GB", javaScriptEnabled, isMobile: true, hasTouch: true });

    test("the eleven points of a 0–10 scale sit in even rows, each number under its radio, at 320, 360 and 412 px", async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 900 });
      const scale = await openRatingQuestion(page);
      const radios = scale.getByRole("radio");
      await expect(radios).toHaveCount(11);
      for (let point = 0; point <= 10; point++) {
        await expect(radios.nth(point)).toHaveAccessibleName(String(point));
      }

      for (const width of [320, 360, 412]) {
        await page.setViewportSize({ width, height: 900 });
        const points = await pointBoxes(scale);
        expect(points).toHaveLength(11);

        // The number is placed the same way under every radio, "10" included.
        for (const [point, { radio, label }] of points.entries()) {
          const centred = Math.abs(centreX(label) - centreX(radio)) < 1;
          const below = label.y >= radio.y + radio.height - 1;
          expect({ width, point, centred, below }).toEqual({ width, point, centred: true, below: true });
        }

        // Rows: as even as can be (6 + 5, or all 11 in one row), filled in reading order.
        const rows = new Map<number, number[]>();
        for (const [point, { cell }] of points.entries()) rows.set(Math.round(cell.y), [...(rows.get(Math.round(cell.y)) ?? []), point]);
        const counts = [...rows.values()].map((row) => row.length);
        expect({ width, difference: Math.max(...counts) - Math.min(...counts) }).toEqual({ width, difference: counts.length > 1 ? 1 : 0 });
        expect(counts.length).toBeLessThanOrEqual(2);
        expect([...rows.values()].flat()).toEqual([...Array(11).keys()]);
        // Same-sized points: one grid, not a wrapped line of leftovers.
        expect(new Set(points.map(({ cell }) => Math.round(cell.width))).size).toBe(1);

        // Each point is a target of at least 24 × 24 px (WCAG 2.2), all of it answering a tap.
        for (const { cell } of points) {
          expect(cell.width).toBeGreaterThanOrEqual(24);
          expect(cell.height).toBeGreaterThanOrEqual(24);
        }
        await expectNoHorizontalScroll(page);
      }

      // A tap near a cell's corner, away from the radio and the number, chooses that point.
      const ten = scale.locator(".option").nth(10);
      await ten.tap({ position: { x: 3, y: 3 } });
      await expect(radios.nth(10)).toBeChecked();
      const seven = scale.locator(".option").nth(7);
      const box = (await seven.boundingBox())!;
      await seven.tap({ position: { x: box.width - 3, y: box.height - 3 } });
      await expect(radios.nth(7)).toBeChecked();
      await expect(radios.nth(10)).not.toBeChecked();

      // The keyboard moves along the scale as in any radio group.
      await radios.nth(7).focus();
      await page.keyboard.press("ArrowRight");
      await expect(radios.nth(8)).toBeChecked();
      await expect(radios.nth(8)).toBeFocused();

      if (javaScriptEnabled) await expectAccessible(page);
    });
  });
}
