import { expect, test, type Page } from "@playwright/test";
import { answerVisibleQuestions, createAccount, expectAccessible, signIn } from "./support";

const demoSurveyRow = (page: Page) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) });

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

test("an organiser closes and reopens a questionnaire and sees the response count grow", async ({ page, browser }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await expectAccessible(page);
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await expect(demoSurveyRow(page)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "New event" }).click();
  await expectAccessible(page);
  await page.goBack();
  await demoSurveyRow(page).getByRole("link").click();
  await expectAccessible(page);
  const count = Number(await page.getByTestId("response-count").textContent());

  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Closed");
  const resident = await browser.newContext({ locale: "lv-LV" });
  const phone = await resident.newPage();
  await phone.goto("/s/DAUGAV?lang=en");
  await expect(phone.getByRole("heading", { name: "This survey is not open" })).toBeVisible();

  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Open");

  await phone.goto("/s/DAUGAV/answer?lang=en");
  for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
    await expect(phone.locator(".progress-text")).toHaveText(`Page ${pageNumber} of 4`);
    await answerVisibleQuestions(phone, "workspace test");
    await phone.getByRole("button", { name: pageNumber === 4 ? "Send answers" : "Next" }).click();
  }
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Thank you!");
  await resident.close();

  await page.reload();
  await expect(page.getByTestId("response-count")).toHaveText(String(count + 1));
});

test("an evaluator sees the project but cannot change it, and another project's organiser cannot see it", async ({ page }) => {
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await expect(page.getByText("You can view this project; only its organisers can change it.")).toBeVisible();
  await demoSurveyRow(page).getByRole("link").click();
  await expect(page.getByRole("button", { name: /now/ })).toHaveCount(0);
  const projectUrl = await page.getByRole("link", { name: /Promoting democratic engagement/ }).getAttribute("href");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(projectUrl!);
  await expect(page).toHaveURL(/\/signin\?redirectTo=/);

  await signIn(page, await createAccount("ORGANISER"));
  await expect(page.getByText("You have no projects yet.")).toBeVisible();
  const response = await page.goto(projectUrl!);
  expect(response?.status()).toBe(404);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/signin?lang=en");
  await page.getByLabel("Email").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toHaveText("The email or the password is not right.");
  await expectAccessible(page);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a sign-in page left open until its token expired says so, and the next try signs in", async ({ page, context }) => {
      const account = await createAccount("ORGANISER", "wir");
      await page.goto("/signin?lang=en");
      await page.getByLabel("Email").fill(account.email);
      await page.getByLabel("Password").fill(account.password);
      await context.clearCookies(); // the form's cookie lapsed overnight
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert")).toHaveText(
        "This page was open for a long time, so for your security the sign-in was not sent. Please sign in again.",
      );
      await expect(page.getByLabel("Email")).toHaveValue(account.email);
      await page.getByLabel("Password").fill(account.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projects");
    });
  });
}

test("an admin invites an evaluator, who sets a password through the link and sees the project", async ({ page, browser }) => {
  await signIn(page, await createAccount("ADMIN"));
  await page.getByRole("link", { name: "People and access" }).click();
  await expectAccessible(page);
  const email = `invited-${Date.now()}@example.org`;
  const invite = page.getByRole("form", { name: "Invite someone" });
  await invite.getByLabel("Name").fill("Invited Evaluator");
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Evaluator").check();
  await invite.getByLabel(/Promoting democratic engagement/).check();
  await invite.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("one-time-link").textContent();
  expect(link).toMatch(/\/welcome\/[A-Za-z0-9_-]{40,}$/);
  await expectAccessible(page);

  const newcomer = await browser.newContext({ locale: "en-GB" });
  const theirPage = await newcomer.newPage();
  await theirPage.goto(new URL(link!).pathname + "?lang=en");
  await expect(theirPage.getByText(`Welcome to Balss, Invited Evaluator.`)).toBeVisible();
  await expectAccessible(theirPage);
  await theirPage.getByLabel("New password (at least 12 characters)").fill("short");
  await theirPage.getByLabel("New password again").fill("short");
  await theirPage.getByRole("button", { name: "Save the password and sign in" }).click();
  await expect(theirPage.getByRole("alert")).toHaveText("Use at least 12 characters.");
  await theirPage.getByLabel("New password (at least 12 characters)").fill("my own long password");
  await theirPage.getByLabel("New password again").fill("my own long password");
  await theirPage.getByRole("button", { name: "Save the password and sign in" }).click();
  await expect(theirPage.getByRole("link", { name: /Promoting democratic engagement/ })).toBeVisible();

  // The link worked once.
  await theirPage.goto(new URL(link!).pathname + "?lang=en");
  await expect(theirPage.getByText("This link is no longer valid.")).toBeVisible();
  await newcomer.close();
});

test("the printable poster's QR code and the PNG download decode to the survey's address", async ({ page }) => {
  const { default: jsQR } = await import("jsqr");
  const { PNG } = await import("pngjs");
  const decode = (png: Buffer) => {
    const image = PNG.sync.read(png);
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  };
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await demoSurveyRow(page).getByRole("link").click();
  const surveyUrl = await page.getByRole("link", { name: /\/s\/DAUGAV$/ }).textContent();
  expect(surveyUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/DAUGAV$/);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "QR code as PNG" }).click();
  const png = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of png) chunks.push(chunk as Buffer);
  expect(decode(Buffer.concat(chunks))).toBe(surveyUrl);

  await page.getByRole("link", { name: "Printable poster (A4)" }).click();
  await expect(page.locator(".poster-code")).toHaveText("DAUGAV");
  // The demo questionnaire is in the partnership's eight languages: the main one leads.
  await expect(page.locator(".poster h1")).toHaveText("Stereotipi un pilsoniskā līdzdalība");
  await expect(page.locator(".poster-titles li")).toHaveCount(7);
  await expect(page.locator(".poster-instructions li")).toHaveCount(8);
  await expect(page.locator(".poster-instructions li[lang=sv]")).toContainText("Skanna koden");
  await expectAccessible(page);
  expect(decode(await page.locator(".poster-qr").screenshot())).toBe(surveyUrl);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  // All of it on one A4 sheet.
  const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser adds an event and records its attendance", async ({ page }) => {
    await signIn(page, await createAccount("ORGANISER", "wir"));
    await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
    await page.getByRole("link", { name: "New event" }).click();
    await page.getByLabel("Title (English)").fill("Follow-up discussion");
    await page.getByLabel("Place").fill("Daugavpils, Vienības nams");
    await page.getByLabel("Host partner").selectOption({ label: "Daugavpils pilsētas dome (Daugavpils)" });
    // By default the zone follows the host partner's country, decided on saving (no script needed).
    await expect(page.getByLabel("Time zone")).toHaveValue("");
    await expect(page.getByLabel("Time zone").locator("option:checked")).toHaveText("The host partner's country (without a host partner: Riga (Eastern European Time))");
    await page.getByLabel("Starts").fill("2019-10-10T17:00");
    await page.getByLabel("Ends").fill("2019-10-10T15:00");
    await page.getByRole("button", { name: "Save the event" }).click();
    await expect(page.locator("#endsAt-error")).toHaveText("The end must not come before the start.");
    await expect(page.getByLabel("Title (English)")).toHaveValue("Follow-up discussion");
    await page.getByLabel("Ends").fill("2019-10-10T19:00");
    await page.getByLabel("Attendance (the head count after the event)").fill("37");
    // Split by country: the partners' countries come first in the list.
    await expect(page.getByLabel("Country 1", { exact: true }).locator("option").nth(1)).toHaveText("Sweden (SE)");
    await page.getByLabel("Country 1", { exact: true }).selectOption("LV");
    await page.getByLabel("Participants from country 1").fill("30");
    await page.getByLabel("Country 2", { exact: true }).selectOption("SE");
    await page.getByLabel("Participants from country 2").fill("9");
    await page.getByRole("button", { name: "Save the event" }).click();
    await expect(page.locator("#byCountry-error")).toHaveText(
      "The participants by country add up to more than the total attendance. Correct the numbers or the attendance.",
    );
    await page.getByLabel("Participants from country 2").fill("7");
    await page.getByRole("button", { name: "Save the event" }).click();
    await expect(page.getByRole("status")).toHaveText("The event is saved.");
    await expect(page.getByLabel("Country 3", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Riga");
    await expect(page.getByLabel("Starts")).toHaveValue("2019-10-10T17:00");
    // Moved to Stockholm's zone: the same wall-clock times, now read there.
    await page.getByLabel("Time zone").selectOption("Europe/Stockholm");
    await page.getByRole("button", { name: "Save the event" }).click();
    await expect(page.getByRole("status")).toHaveText("The event is saved.");
    await expect(page.getByLabel("Time zone").locator("option:checked")).toHaveText("Stockholm (Central European Time)");
    await expect(page.getByLabel("Starts")).toHaveValue("2019-10-10T17:00");
    await page.getByRole("link", { name: "←" }).click();
    const row = page.getByRole("row", { name: /Follow-up discussion/ });
    await expect(row).toContainText("10 October 2019");
    await expect(row).toContainText("37");
    await expect(row.getByRole("listitem")).toHaveText(["Latvia: 30", "Sweden: 7"]);
  });
});

test("an organiser creates a questionnaire from a template, previews it in Russian, opens it and gets an answer", async ({
  page,
  browser,
}) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await expectAccessible(page);
  await page.getByLabel("Event feedback").check();
  await page.getByLabel("For the event").selectOption({ index: 9 });
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
  const joinCode = (await page.getByTestId("join-code").textContent())!;

  await page.getByRole("link", { name: "Preview as a phone shows it" }).click();
  await expect(page.locator(".phone-frame")).toBeVisible();
  await page.getByRole("navigation", { name: "Language of the questionnaire" }).getByRole("link", { name: "Русский" }).click();
  await expect(page.locator(".phone-frame h1")).toHaveText("Отзыв о мероприятии");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Далее" }).first().click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await page.getByRole("link", { name: "←" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");

  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Open");

  const phone = await (await browser.newContext({ locale: "ru-RU" })).newPage();
  await phone.goto("/");
  await phone.getByRole("textbox").fill(joinCode.toLowerCase());
  await phone.getByRole("main").getByRole("button").click();
  await phone.getByRole("link", { name: "Начать" }).click();
  for (let pageNumber = 1; ; pageNumber++) {
    await expect(phone.locator(".progress-text")).toContainText(`Страница ${pageNumber}`);
    await answerVisibleQuestions(phone, "спасибо");
    const send = phone.getByRole("button", { name: "Отправить ответы" });
    if (await send.count()) {
      await send.click();
      break;
    }
    await phone.getByRole("button", { name: "Далее" }).click();
  }
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Спасибо!");
  await page.reload();
  await expect(page.getByTestId("response-count")).toHaveText("1");
});

test("a language added to a questionnaire must be complete before it opens; translations are edited side by side", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Event feedback").check();
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");

  await page.getByRole("link", { name: "Translations and languages" }).click();
  // French: the templates come in every workspace language, so the added one is from outside them.
  await page.getByLabel("Add a language").selectOption("fr");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Français: 0 of \d+ texts$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /^Русский:/ }).click();
  // The fields are those of the new language once the page has switched.
  await expect(page.getByRole("link", { name: /^Русский:/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Отзыв о мероприятии");
  await page.getByLabel("Title", { exact: true }).fill("Отзыв о встрече");
  await page.getByRole("button", { name: "Save the translations" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: 1 text changed.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Отзыв о встрече");

  await page.getByRole("link", { name: "←" }).click();
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByRole("alert")).toContainText("these texts are missing a translation");
  await expect(page.getByRole("alert")).toContainText("Title (fr)");
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");

  await page.getByRole("link", { name: "Translations and languages" }).click();
  await page.getByRole("button", { name: "Remove Français" }).click();
  await expect(page.getByRole("link", { name: /^Français:/ })).toHaveCount(0);
  await page.getByRole("link", { name: "←" }).click();
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Open");
});

test.describe("the builder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser adds a question, moves it with buttons and deletes it", async ({ page }) => {
    await signIn(page, await createAccount("ORGANISER", "wir"));
    await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
    await page.getByRole("link", { name: "New questionnaire" }).click();
    await page.getByLabel("Event feedback").check();
    await page.getByLabel("Main language").selectOption("lv");
    await page.getByRole("button", { name: "Create the draft" }).click();
    await page.getByRole("link", { name: "Questions and pages" }).click();

    await page.getByLabel("Question (Latviešu)").fill("Vai jūs nāktu vēlreiz?");
    await page.getByLabel("Type").selectOption("SINGLE_CHOICE");
    await page.getByLabel("On page").selectOption({ index: 0 });
    await page.getByRole("button", { name: "Add", exact: true }).first().click();
    const firstPage = page.locator(".builder-page").first().locator("ol > li");
    await expect(firstPage.last()).toContainText("Vai jūs nāktu vēlreiz?");
    const key = (await firstPage.last().locator(".code").textContent())!;

    await page.getByRole("button", { name: `Move “${key}” up` }).click();
    await expect(page.locator(".builder-page").first().locator("ol > li").nth(-2)).toContainText("Vai jūs nāktu vēlreiz?");
    await page.getByRole("button", { name: `Move “${key}” down` }).click();
    await expect(page.locator(".builder-page").first().locator("ol > li").last()).toContainText("Vai jūs nāktu vēlreiz?");

    await page.getByRole("link", { name: "Vai jūs nāktu vēlreiz?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit question ${key}`);
    await page.getByLabel("Question (Русский)").fill("Пришли бы вы ещё раз?");
    await page.getByLabel("Question (English)").fill("Would you come again?");
    await page.getByLabel("An answer is required").check();
    // A new choice question has no options yet: they are typed one per line.
    await expect(page.getByLabel(/^Option 1/)).toHaveCount(0);
    await page.getByLabel("New options, one per line (Latviešu)").fill("Jā\nNē\nVarbūt");
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await expect(page.getByLabel("Code of option 1")).toHaveValue("ja");
    await expect(page.getByLabel("Code of option 3")).toHaveValue("varbut");
    // What was typed before deleting an option is saved with it.
    await page.getByLabel("Option 1 (Русский)").fill("Да");
    await page.getByLabel("Option 1 (English)").fill("Yes");
    await page.getByLabel("Option 2 (Русский)").fill("Нет");
    await page.getByLabel("Option 2 (English)").fill("No");
    await page.getByRole("button", { name: "Delete option 3" }).click();
    await expect(page.getByLabel("Option 3 (Latviešu)")).toHaveCount(0);
    await expect(page.getByLabel("Option 1 (Русский)")).toHaveValue("Да");
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await expect(page.getByLabel("Option 2 (English)")).toHaveValue("No");
    await page.getByRole("link", { name: "←" }).click();
    await expect(page.locator(".builder-page").first().locator("ol > li").last()).toContainText("required");

    await page.getByRole("button", { name: `Delete “${key}”` }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await expect(page.getByText("Vai jūs nāktu vēlreiz?")).toHaveCount(0);
  });
});

test("the builder and the translations page pass an accessibility check", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await demoSurveyRow(page).getByRole("link").click();
  await page.getByRole("link", { name: "Questions and pages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
  await expectAccessible(page);
  // The demo questionnaire has answers: its questions cannot be deleted.
  await page.getByRole("button", { name: "Delete “age_band”" }).click();
  await expect(page.getByRole("alert")).toContainText("already has answers");
  await page.getByRole("link", { name: "How old are you?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit question age_band");
  await expectAccessible(page);
  await page.getByRole("link", { name: "←" }).click();
  await page.getByRole("link", { name: "Translations and languages" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translations");
  await expectAccessible(page);
});

test("an admin creates a project and adds a partner", async ({ page }) => {
  await signIn(page, await createAccount("ADMIN"));
  await page.getByRole("link", { name: "New project" }).click();
  await page.getByLabel("Name (English)").fill("Youth council");
  await page.getByLabel("Short name for addresses (letters, digits, dashes)").fill(`youth-${Date.now()}`);
  await page.getByLabel("Starts on").fill("2027-01-01");
  await page.getByLabel("Ends on").fill("2027-12-31");
  await page.getByRole("button", { name: "Create the project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Youth council");
  await page.getByRole("link", { name: "Project settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Project settings");
  await page.getByLabel("Organisation").fill("Daugavpils pilsētas dome");
  await page.getByLabel("City").fill("Daugavpils");
  await page.getByLabel("Country code (e.g. LV)").fill("1A");
  await page.getByRole("button", { name: "Add the partner" }).click();
  await expect(page.locator("#partner-country-error")).toHaveText("Enter the two-letter country code, such as LV or SE.");
  await page.getByLabel("Country code (e.g. LV)").fill("lv");
  await page.getByRole("button", { name: "Add the partner" }).click();
  await expect(page.getByText("Daugavpils pilsētas dome, Daugavpils (LV)")).toBeVisible();
  await expectAccessible(page);

  // Renamed, then archived: the projects list shows it apart.
  const details = page.getByRole("form", { name: "Name, dates and time zone" });
  await details.getByLabel("Name (English)").fill("Youth council 2027");
  await details.getByLabel("Ends on").fill("2026-12-31");
  await details.getByRole("button", { name: "Save the name and dates" }).click();
  await expect(page.locator("#project-endsOn-error")).toHaveText("The end must not come before the start.");
  await details.getByLabel("Ends on").fill("2028-06-30");
  await details.getByRole("button", { name: "Save the name and dates" }).click();
  await expect(page.getByRole("status")).toHaveText("The name and dates are saved.");
  await page.getByRole("button", { name: "Archive the project" }).click();
  await expect(page.getByRole("status")).toHaveText("The project is archived.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Projects" }).click();
  await expect(page.getByRole("heading", { name: "Archived projects" })).toBeVisible();
  await expect(page.getByRole("list").last().getByRole("link", { name: "Youth council 2027" })).toBeVisible();
});
