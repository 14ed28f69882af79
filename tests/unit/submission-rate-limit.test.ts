import { describe, expect, it } from "vitest";
import { submissionsPerMinute, takeSubmissionSlot } from "~/survey/submission-rate-limit.server";

describe("submission rate limit", () => {
  it("lets a whole event behind one address through, then asks a flood to wait until the minute is over", () => {
    const start = 1_000_000;
    for (let i = 0; i < submissionsPerMinute; i++) expect(takeSubmissionSlot("203.0.113.7", start + i).ok).toBe(true);
    expect(takeSubmissionSlot("203.0.113.7", start + 15_000)).toEqual({ ok: false, retryAfterSeconds: 45 });
    // Other addresses are not affected, and the next minute starts afresh.
    expect(takeSubmissionSlot("203.0.113.8", start + 15_000).ok).toBe(true);
    expect(takeSubmissionSlot("203.0.113.7", start + 60_000).ok).toBe(true);
  });

  it("is generous: at least 1,000 posts a minute", () => {
    expect(submissionsPerMinute).toBeGreaterThanOrEqual(1000);
  });
});
