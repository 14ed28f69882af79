import ExcelJS from "exceljs";
import { randomBytes, randomUUID } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { csvStream } from "~/exports/csv-export.server";
import { exportDownload, exportPageData } from "~/exports/export-download.server";
import { loadExportPlan } from "~/exports/response-rows.server";
import { xlsxStream } from "~/exports/xlsx-export.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, toResidentSurvey } from "~/survey/find-survey.server";
import { joinCodeAlphabet } from "~/survey/join-code";
import type { AnswerValues } from "~/survey/resident-survey";
import { submitResponse } from "~/survey/submit-response.server";
import type { SurveyTemplate } from "~/survey/survey-template";

// The raw exports against the real database: a questionnaire with every question type,
// responses with Latvian and Russian text, commas, quotes, newlines and formula-like text,
// exported as CSV and XLSX and compared cell by cell; then 20,000 responses, read in batches.

const t = (lv: string, ru: string, en: string) => ({ lv, ru, en });

const template: SurveyTemplate = {
  title: t("Eksporta pārbaude", "Проверка экспорта", "Export check"),
  intro: t("", "", ""),
  languages: ["lv", "ru", "en"],
  defaultLanguage: "lv",
  sections: [
    {
      title: t("Par jums", "О вас", "About you"),
      questions: [
        {
          key: "age",
          type: "SINGLE_CHOICE",
          required: true,
          demographic: true,
          text: t("Vecums", "Возраст", "Age"),
          options: [
            { value: "u30", label: t("līdz 29", "до 29", "under 30") },
            { value: "o30", label: t("30 un vairāk", "30 и больше", "30 or more") },
          ],
        },
        {
          key: "langs",
          type: "MULTIPLE_CHOICE",
          text: t("Valodas mājās", "Языки дома", "Languages at home"),
          options: [
            { value: "lv", label: t("latviešu", "латышский", "Latvian") },
            { value: "ru", label: t("krievu", "русский", "Russian") },
            { value: "other", label: t("cita", "другой", "other"), isOther: true },
          ],
        },
      ],
    },
    {
      title: t("Viedoklis", "Мнение", "Opinion"),
      questions: [
        {
          key: "agree",
          type: "LIKERT",
          text: t("Piekrītu", "Согласен", "I agree"),
          options: [
            { value: "1", label: t("nepiekrītu", "не согласен", "disagree") },
            { value: "2", label: t("piekrītu", "согласен", "agree") },
            { value: "dk", label: t("nezinu", "не знаю", "don't know"), isDontKnow: true },
          ],
        },
        {
          key: "matrix",
          type: "LIKERT_MATRIX",
          text: t("Apgalvojumi", "Утверждения", "Statements"),
          statements: [
            { key: "s1", text: t("Pirmais", "Первое", "First") },
            { key: "s2", text: t("Otrais", "Второе", "Second") },
          ],
          options: [
            { value: "1", label: t("maz", "мало", "little") },
            { value: "2", label: t("daudz", "много", "much") },
          ],
        },
        { key: "rating", type: "RATING", text: t("Vērtējums", "Оценка", "Rating") },
        { key: "count", type: "NUMBER", text: t("Skaits", "Число", "Count"), settings: { min: -10, max: 100 } },
        { key: "note", type: "SHORT_TEXT", text: t("Piezīme", "Заметка", "Note") },
        { key: "story", type: "LONG_TEXT", text: t("Stāsts", "История", "Story") },
      ],
    },
  ],
};

function uniqueJoinCode(): string {
  return [...randomBytes(6)].map((b) => joinCodeAlphabet[b % joinCodeAlphabet.length]).join("");
}

async function makeSurvey(projectId: string, eventId?: string) {
  const survey = await prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, { projectId, eventId, joinCode: uniqueJoinCode(), template, status: "OPEN" }),
  );
  return findSurveyById(survey.id);
}

let surveyId = "";

async function submit(language: string, at: string, values: AnswerValues, toSurvey = surveyId) {
  const survey = await findSurveyById(toSurvey);
  const result = await submitResponse({
    survey,
    residentSurvey: toResidentSurvey(survey, language),
    language,
    idempotencyKey: randomUUID(),
    values,
    now: new Date(at),
  });
  expect(result.kind).toBe("saved");
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function request(query: string, uiLanguage = "en") {
  return new Request(`http://balss.test/surveys/x/export/download${query}`, { headers: { "Accept-Language": uiLanguage } });
}

/** Rows of the first sheet as arrays (exceljs numbers cells from 1; empty cells are undefined). */
async function xlsxRows(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return { sheet, rows };
}

beforeAll(async () => {
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `exports-${randomBytes(4).toString("hex")}`, name: { en: "Exports" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31") },
  });
  surveyId = (await makeSurvey(project.id)).id;
  // Riga is UTC+3 in May: 15:42 UTC is sent in the 18:00 hour there.
  await submit("lv", "2026-05-01T15:42:00Z", {
    "q.age": ["u30"],
    "q.langs": ["lv", "other"],
    "q.langs.other": ['Latgaliešu, "sāds"'],
    "q.agree": ["2"],
    "q.matrix.s1": ["1"],
    "q.matrix.s2": ["2"],
    "q.rating": ["7"],
    "q.count": ["2,5"],
    "q.note": ["=1+2"],
    "q.story": ["Первая строка\nвторая, с запятой"],
  });
  await submit("ru", "2026-05-01T16:10:00Z", {
    "q.age": ["o30"],
    "q.langs": ["ru"],
    "q.agree": ["dk"],
    "q.matrix.s1": ["2"],
    "q.rating": ["0"],
    "q.count": ["-3"],
    "q.note": ["@SUM(A1) -5"],
    "q.story": ['Он сказал "нет"'],
  });
  await submit("en", "2026-05-02T09:05:00Z", { "q.age": ["o30"] });
});

const codesHeader = [
  "language", "submitted_hour", "age", "langs.lv", "langs.ru", "langs.other", "langs.other.text",
  "agree", "matrix.s1", "matrix.s2", "rating", "count", "note", "story",
];

describe("CSV export", () => {
  it("has a BOM, keys as headers, codes, 0/1 per option and escapes quotes, commas, newlines and formulas", async () => {
    const plan = await loadExportPlan(surveyId, { values: "codes", language: "lv" });
    const csv = (await readAll(csvStream(plan))).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe(
      [
        codesHeader.join(","),
        'lv,2026-05-01 18:00,u30,1,0,1,"Latgaliešu, ""sāds""",2,1,2,7,2.5,\'=1+2,"Первая строка\nвторая, с запятой"',
        "ru,2026-05-01 19:00,o30,0,1,0,,dk,2,,0,-3,'@SUM(A1) -5,\"Он сказал \"\"нет\"\"\"",
        "en,2026-05-02 12:00,o30,,,,,,,,,,,",
        "",
      ].join("\r\n"),
    );
  });

  it("with labels: the header carries the question texts and the answers their labels, in the chosen language", async () => {
    const plan = await loadExportPlan(surveyId, { values: "labels", language: "ru" });
    const lines = (await readAll(csvStream(plan))).toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(
      [
        "language", "submitted_hour: Europe/Riga", "age: Возраст", "langs.lv: Языки дома — латышский", "langs.ru: Языки дома — русский",
        "langs.other: Языки дома — другой", "langs.other.text: Языки дома — другой", "agree: Согласен",
        "matrix.s1: Утверждения — Первое", "matrix.s2: Утверждения — Второе", "rating: Оценка", "count: Число",
        "note: Заметка", "story: История",
      ].join(","),
    );
    expect(lines[1]!.startsWith('lv,2026-05-01 18:00,до 29,1,0,1,"Latgaliešu, ""sāds""",согласен,мало,много,7,2.5,')).toBe(true);
    expect(lines[2]).toBe("ru,2026-05-01 19:00,30 и больше,0,1,0,,не знаю,много,,0,-3,'@SUM(A1) -5,\"Он сказал \"\"нет\"\"\"");
  });
});

describe("XLSX export", () => {
  it("holds the same cells, with text kept as text (never a formula) and the hour as a date", async () => {
    const plan = await loadExportPlan(surveyId, { values: "codes", language: "lv" });
    const { sheet, rows } = await xlsxRows(await readAll(xlsxStream(plan)));
    expect(sheet.name).toBe("responses");
    expect(rows).toEqual([
      codesHeader,
      ["lv", new Date("2026-05-01T18:00:00Z"), "u30", 1, 0, 1, 'Latgaliešu, "sāds"', "2", "1", "2", 7, 2.5, "=1+2", "Первая строка\nвторая, с запятой"],
      ["ru", new Date("2026-05-01T19:00:00Z"), "o30", 0, 1, 0, undefined, "dk", "2", undefined, 0, -3, "@SUM(A1) -5", 'Он сказал "нет"'],
      ["en", new Date("2026-05-02T12:00:00Z"), "o30"],
    ]);
    expect(sheet.getCell("M2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B2").numFmt).toBe("yyyy-mm-dd hh:mm");
  });

  it("with labels in Latvian", async () => {
    const plan = await loadExportPlan(surveyId, { values: "labels", language: "lv" });
    const { rows } = await xlsxRows(await readAll(xlsxStream(plan)));
    expect(rows[0]!.slice(2, 4)).toEqual(["age: Vecums", "langs.lv: Valodas mājās — latviešu"]);
    expect(rows[1]!.slice(2, 10)).toEqual(["līdz 29", 1, 0, 1, 'Latgaliešu, "sāds"', "piekrītu", "maz", "daudz"]);
  });
});

describe("the hour of sending", () => {
  it("is written in the questionnaire's zone: its event's, else its project's", async () => {
    const project = await prisma.project.findFirstOrThrow({ where: { surveys: { some: { id: surveyId } } } });
    const event = await prisma.event.create({
      data: { projectId: project.id, timeZone: "Europe/Stockholm", title: { en: "Vänersborg" }, place: "Vänersborg", startsAt: new Date("2026-05-01T08:00:00Z"), endsAt: new Date("2026-05-01T16:00:00Z") },
    });
    const atTheEvent = await makeSurvey(project.id, event.id);
    // The same instant as the project questionnaire's first response (18:00 in Riga): 17:00 in Stockholm.
    await submit("lv", "2026-05-01T15:42:00Z", { "q.age": ["u30"] }, atTheEvent.id);
    const plan = await loadExportPlan(atTheEvent.id, { values: "labels", language: "en" });
    expect(plan.timeZone).toBe("Europe/Stockholm");
    const lines = (await readAll(csvStream(plan))).toString("utf8").slice(1).split("\r\n");
    expect(lines[0]!.split(",").slice(0, 3)).toEqual(["language", "submitted_hour: Europe/Stockholm", "age: Age"]);
    expect(lines[1]!.startsWith("lv,2026-05-01 17:00,")).toBe(true);
    const { rows } = await xlsxRows(await readAll(xlsxStream(await loadExportPlan(atTheEvent.id, { values: "codes", language: "en" }))));
    expect(rows[1]!.slice(0, 2)).toEqual(["lv", new Date("2026-05-01T17:00:00Z")]);
    // The export page says so.
    expect(await exportPageData(atTheEvent.id, "en")).toMatchObject({ timeZoneName: "Stockholm (Central European Time)" });
    expect(await exportPageData(surveyId, "lv")).toMatchObject({ timeZoneName: "Riga (Austrumeiropas laiks)" });
  });
});

describe("the download response", () => {
  it("is an attachment with a file name from the title and the date, not cached", async () => {
    const response = await exportDownload(request("?format=csv&values=labels&language=ru"), surveyId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // The Russian title in readable Latin letters, not a code.
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="proverka-eksporta-labels-ru-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("Cache-Control")).toBe("no-store, no-transform");
    expect(response.headers.get("Content-Encoding")).toBeNull();
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    expect(csv.split("\r\n")).toHaveLength(5);

    // Compressed when the browser accepts it.
    const gzipRequest = new Request(request("?format=csv&values=labels&language=ru").url, { headers: { "Accept-Encoding": "gzip, br" } });
    const gzipped = await exportDownload(gzipRequest, surveyId);
    expect(gzipped.headers.get("Content-Encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString("utf8")).toBe(csv);

    const xlsx = await exportDownload(request("?format=xlsx", "lv"), surveyId);
    expect(xlsx.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers.get("Content-Disposition")).toMatch(/^attachment; filename="eksporta-parbaude-codes-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    expect((await xlsxRows(Buffer.from(await xlsx.arrayBuffer()))).rows).toHaveLength(4);
  });

  it("labels in the interface language unless another is chosen, when the questionnaire has it; else in its main language", async () => {
    const exported = async (id: string, query: string, uiLanguage: string) => {
      const response = await exportDownload(request(query, uiLanguage), id);
      return { disposition: response.headers.get("Content-Disposition"), header: (await response.text()).slice(1).split("\r\n")[0] };
    };
    expect(await exported(surveyId, "?format=csv&values=labels", "ru")).toEqual({
      disposition: expect.stringMatching(/filename="proverka-eksporta-labels-ru-/),
      header: expect.stringContaining("age: Возраст"),
    });
    expect(await exported(surveyId, "?format=csv&values=labels", "en")).toEqual({
      disposition: expect.stringMatching(/filename="export-check-labels-en-/),
      header: expect.stringContaining("age: Age"),
    });
    expect(await exported(surveyId, "?format=csv&values=labels&language=lv", "ru")).toEqual({
      disposition: expect.stringMatching(/filename="eksporta-parbaude-labels-lv-/),
      header: expect.stringContaining("age: Vecums"),
    });

    // A questionnaire in Ukrainian and Latvian, read in an English workspace: its main
    // language, Ukrainian, by the Ukrainian table (и → y, г → h).
    const project = await prisma.project.findFirstOrThrow({ where: { surveys: { some: { id: surveyId } } } });
    const other = await makeSurvey(project.id);
    await prisma.survey.update({
      where: { id: other.id },
      data: { languages: ["uk", "lv"], defaultLanguage: "uk", title: { uk: "Громадська участь", lv: "Pilsoniskā līdzdalība" } },
    });
    expect((await exported(other.id, "?format=csv&values=labels", "en")).disposition).toMatch(/filename="hromadska-uchast-labels-uk-/);
    // A title in a script with no transliteration: the title in another of its languages.
    await prisma.survey.update({ where: { id: other.id }, data: { languages: ["ar", "lv"], defaultLanguage: "ar", title: { ar: "المشاركة", lv: "Pilsoniskā līdzdalība" } } });
    expect((await exported(other.id, "?format=csv", "en")).disposition).toMatch(/filename="pilsoniska-lidzdaliba-codes-/);
    // No title with a letter to show at all: the join code.
    await prisma.survey.update({ where: { id: other.id }, data: { title: { ar: "المشاركة" } } });
    expect((await exported(other.id, "?format=csv", "en")).disposition).toMatch(
      new RegExp(`filename="balss-${other.joinCode.toLowerCase()}-codes-`),
    );
  });

  it("answers a bad query with 400 and a clear message, never a 500", async () => {
    const cases: [string, string][] = [
      ["", "Unknown file format. Choose csv or xlsx."],
      ["?format=pdf", "Unknown file format. Choose csv or xlsx."],
      ["?format=csv&values=words", "Unknown kind of answers. Choose codes or labels."],
      ["?format=csv&language=de", "This questionnaire has no such language. Choose one of: lv, ru, en."],
      ["?format=xlsx&language=%00", "This questionnaire has no such language. Choose one of: lv, ru, en."],
    ];
    for (const [query, message] of cases) {
      const response = await exportDownload(request(query), surveyId);
      expect({ query, status: response.status, body: await response.text() }).toEqual({ query, status: 400, body: message });
    }
  });
});

describe("20,000 responses", () => {
  const total = 20_000;
  const batchSize = 1000;
  let bulkId = "";
  /** Each response's rating is its number modulo 11; the sum tells a lost or repeated row. */
  let ratingSum = 0;

  beforeAll(async () => {
    const project = await prisma.project.findFirstOrThrow({ where: { surveys: { some: { id: surveyId } } } });
    const survey = await makeSurvey(project.id);
    bulkId = survey.id;
    const questions = new Map(survey.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
    // 40 responses in each of 500 hours, so batches end in the middle of an hour.
    await prisma.$executeRaw`
      INSERT INTO "Response" ("surveyId", language, "submittedHour", "idempotencyKey", "answersHash")
      SELECT ${bulkId}, 'lv', timestamp '2026-05-01 00:00' + (i % 500) * interval '1 hour', gen_random_uuid(), i::text
      FROM generate_series(1, ${total}) i`;
    await prisma.$executeRaw`
      INSERT INTO "Answer" ("responseId", "questionId", "optionId")
      SELECT id, ${questions.get("age")!.id}, ${questions.get("age")!.options[0]!.id} FROM "Response" WHERE "surveyId" = ${bulkId}`;
    await prisma.$executeRaw`
      INSERT INTO "Answer" ("responseId", "questionId", number, text)
      SELECT id, ${questions.get("rating")!.id}, "answersHash"::int % 11, NULL FROM "Response" WHERE "surveyId" = ${bulkId}`;
    await prisma.$executeRaw`
      INSERT INTO "Answer" ("responseId", "questionId", text)
      SELECT id, ${questions.get("story")!.id}, repeat('Garš stāsts, длинная история. ', 10) || "answersHash" FROM "Response" WHERE "surveyId" = ${bulkId}`;
    for (let i = 1; i <= total; i++) ratingSum += i % 11;
  }, 120_000);

  it("CSV: one query per chunk the downloader takes, never more than a batch at a time", async () => {
    const plan = await loadExportPlan(bulkId, { values: "codes", language: "lv" });
    const batches: number[] = [];
    const reader = csvStream(plan, { batchSize, onBatch: (size) => batches.push(size) }).getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader.read()).value!, { stream: true });
    // The header comes before any response is read.
    expect(batches).toEqual([]);
    let chunks = 0;
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      chunks++;
      // Nothing is read ahead: the n-th chunk needed exactly n queries.
      expect(batches.length).toBe(chunks);
      text += decoder.decode(result.value, { stream: true });
    }
    expect(batches).toEqual([...Array<number>(total / batchSize).fill(batchSize), 0]);
    const rows = text.trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(total);
    expect(rows.reduce((sum, row) => sum + Number(row.split(",")[10]), 0)).toBe(ratingSum);
  });

  it("a cancelled download stops reading the database", async () => {
    const plan = await loadExportPlan(bulkId, { values: "codes", language: "lv" });
    const csvBatches: number[] = [];
    const csv = csvStream(plan, { batchSize, onBatch: (size) => csvBatches.push(size) }).getReader();
    await csv.read();
    await csv.read();
    await csv.cancel();

    const xlsxBatches: number[] = [];
    const xlsx = xlsxStream(plan, { batchSize, onBatch: (size) => xlsxBatches.push(size) }).getReader();
    await xlsx.read();
    await xlsx.cancel();
    const atCancel = xlsxBatches.length;

    const controller = new AbortController();
    const aborted: number[] = [];
    const afterAbort = csvStream(plan, { batchSize, signal: controller.signal, onBatch: (size) => aborted.push(size) }).getReader();
    await afterAbort.read();
    await afterAbort.read();
    controller.abort();
    expect((await afterAbort.read()).done).toBe(true);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(csvBatches).toEqual([batchSize]);
    expect(xlsxBatches.length).toBeLessThanOrEqual(atCancel + 1);
    expect(aborted).toEqual([batchSize]);
  });

  it("XLSX: a waiting or slow downloader holds the reading back; then all rows arrive", async () => {
    const plan = await loadExportPlan(bulkId, { values: "codes", language: "lv" });
    const batches: number[] = [];
    const reader = xlsxStream(plan, { batchSize, onBatch: (size) => batches.push(size) }).getReader();
    const chunks: Uint8Array[] = [(await reader.read()).value!];
    // Wait until the writer stops reading (or has read everything, which is the failure).
    for (let seen = -1, since = Date.now(); batches.length <= total / batchSize && Date.now() - since < 1000; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (batches.length !== seen) [seen, since] = [batches.length, Date.now()];
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches.length).toBeLessThanOrEqual(5);

    // Then a slow downloader: at each chunk, how far the reading is ahead of the download.
    const progress: { bytes: number; batches: number }[] = [];
    let bytes = chunks[0]!.length;
    for (let result = await reader.read(); !result.done; result = await reader.read()) {
      chunks.push(result.value);
      bytes += result.value.length;
      progress.push({ bytes, batches: batches.length });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(batches).toHaveLength(total / batchSize + 1);
    const bytesPerBatch = bytes / (total / batchSize);
    const lead = Math.max(...progress.map((p) => p.batches - p.bytes / bytesPerBatch));
    expect(lead).toBeLessThanOrEqual(4);

    const { rows } = await xlsxRows(Buffer.concat(chunks));
    expect(rows).toHaveLength(total + 1);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[10]), 0)).toBe(ratingSum);
  }, 60_000);
});
