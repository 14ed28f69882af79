import { expect, test, type Page } from "@playwright/test";
import { createAccount, expectAccessible, query, signIn } from "./support";

// What a new organiser should see without asking anyone: which fields must be filled before
// sending, a short name made from the project's name, and the new project's page afterwards.

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

/**
 * The labels of the fields marked required on the page whose heading is `heading`, as shown
 * ("Place (required)"), and whether each field is `required`.
 */
async function requiredFields(page: Page, heading: string, form = page.locator("main")) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  return form.locator("label").evaluateAll((labels: HTMLLabelElement[]) =>
    labels
      .filter((label) => label.textContent?.includes("(required)"))
      .map((label) => {
        const field = document.getElementById(label.htmlFor) as HTMLInputElement | null;
        return `${label.textContent} ${field?.required ? "is required" : "is NOT required"}`;
      }),
  );
}

async function projectSlug(name: string) {
  const rows = await query<{ slug: string }>(`SELECT slug FROM "Project" WHERE name->>'lv' = $1 OR name->>'ru' = $1 OR name->>'en' = $1`, [name]);
  return rows.map((row) => row.slug);
}

test("workspace forms mark their required fields before anything is sent", async ({ page }) => {
  await page.goto("/signin?lang=en");
  expect(await requiredFields(page, "Sign in to Balss")).toEqual(["Email (required) is required", "Password (required) is required"]);

  await signIn(page, await createAccount("ADMIN"));
  await page.getByRole("link", { name: "New project" }).click();
  expect(await requiredFields(page, "New project")).toEqual(["Starts on (required) is required", "Ends on (required) is required"]);
  await expectAccessible(page);

  await page.goto("/projects?lang=en");
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New event" }).click();
  expect(await requiredFields(page, "New event")).toEqual([
    "Place (required) is required",
    "Starts (required) is required",
    "Ends (required) is required",
  ]);
  await expect(page.getByRole("group", { name: "Title (required in at least one language)" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "←" }).click();
  await page.getByRole("link", { name: "Project settings" }).click();
  expect(await requiredFields(page, "Project settings", page.getByRole("form", { name: "Name, dates and time zone" }))).toEqual([
    "Starts on (required) is required",
    "Ends on (required) is required",
  ]);
  await expect(page.getByRole("group", { name: "Name (required in at least one language)" })).toBeVisible();
  expect(await requiredFields(page, "Project settings", page.getByRole("form", { name: "Targets and privacy" }))).toEqual([
    "Smallest group shown in results (at least 3) (required) is required",
  ]);
  expect(await requiredFields(page, "Project settings", page.getByRole("form", { name: "Partners" }))).toEqual([
    "Organisation (required) is required",
    "City (required) is required",
    "Country code (e.g. LV) (required) is required",
  ]);

  await page.getByRole("link", { name: "Change password" }).click();
  expect(await requiredFields(page, "Change your password")).toEqual([
    "Current password (required) is required",
    "New password (at least 12 characters) (required) is required",
    "New password again (required) is required",
  ]);

  await page.getByRole("link", { name: "People and access" }).click();
  expect(await requiredFields(page, "People and access", page.getByRole("form", { name: "Invite someone" }))).toEqual([
    "Name (required) is required",
    "Email (required) is required",
  ]);
});

test("with JavaScript, the short name follows the name until it is changed by hand, and the new project's page opens", async ({ page }) => {
  const number = Date.now().toString(36);
  await signIn(page, await createAccount("ADMIN"));
  await page.getByRole("link", { name: "New project" }).click();
  const slug = page.getByLabel("Short name for addresses");
  await page.getByLabel("Name (Latviešu)").pressSequentially("Jauniešu dome");
  await expect(slug).toHaveValue("jauniesu-dome");
  await page.getByLabel("Name (Latviešu)").pressSequentially(` ${number}`);
  await expect(slug).toHaveValue(`jauniesu-dome-${number}`);
  // A name only in Russian gives a Latin short name too.
  await page.getByLabel("Name (Latviešu)").fill("");
  await page.getByLabel("Name (Русский)").fill(`Молодёжный совет ${number}`);
  await expect(slug).toHaveValue(`molodyozhnyy-sovet-${number}`);
  await slug.fill(`youth-${number}`);
  await page.getByLabel("Name (English)").fill(`Youth council ${number}`);
  await page.getByLabel("Name (Русский)").fill(`Молодёжный совет ${number}!`);
  await expect(slug).toHaveValue(`youth-${number}`);

  await page.getByLabel("Starts on").fill("2027-01-01");
  await page.getByLabel("Ends on").fill("2027-12-31");
  await page.getByRole("button", { name: "Create the project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Youth council ${number}`);
  await expect(page.getByRole("status")).toHaveText(/^The project is created\. Next: its partners and targets under Project settings/);
  await expect(page.getByText("No questionnaires yet.")).toBeVisible();
  await expect(page.getByText("No events yet.")).toBeVisible();
  await expectAccessible(page);
  expect(await projectSlug(`Youth council ${number}`)).toEqual([`youth-${number}`]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a short name left empty is made from the name, and the new project's page opens", async ({ page }) => {
    const number = Date.now().toString(36);
    await signIn(page, await createAccount("ADMIN"));
    await page.getByRole("link", { name: "New project" }).click();
    await expect(page.getByText("Left empty, it is made from the name.")).toBeVisible();
    await page.getByLabel("Name (Русский)").fill(`Даугавпилсский форум ${number}`);
    await page.getByLabel("Starts on").fill("2027-03-01");
    await page.getByLabel("Ends on").fill("2027-02-01");
    await page.getByRole("button", { name: "Create the project" }).click();
    await expect(page.locator("#endsOn-error")).toHaveText("The end must not come before the start.");
    await expect(page.getByLabel("Short name for addresses")).toHaveValue("");
    await page.getByLabel("Ends on").fill("2027-04-01");
    await page.getByRole("button", { name: "Create the project" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Даугавпилсский форум ${number}`);
    await expect(page.getByRole("status")).toContainText("The project is created.");
    expect(await projectSlug(`Даугавпилсский форум ${number}`)).toEqual([`daugavpilsskiy-forum-${number}`]);
  });
});
