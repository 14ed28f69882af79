import { describe, expect, it } from "vitest";
import { inverseVarianceCombined, meanInterval, median, summarise, tQuantile, weightedTrend, welchDifference, wilsonInterval, type Frequency } from "~/evaluation/statistics";

// Worked by hand (and checked against a statistics package):
// before = 2, 3, 3, 4, 5      → n 5, mean 3.4, variance 5.2 / 4 = 1.3
// after  = 3, 4, 4, 5, 5, 5   → n 6, mean 4.333…, variance 3.333… / 5 = 0.666…
// mean CI (before): 3.4 ± t(0.975; 4) · √(1.3 / 5) = 3.4 ± 2.776445 · 0.509902 = [1.984285, 4.815715]
// Welch: SE = √(0.26 + 0.111…) = 0.609189, df = 0.371111² / (0.26²/4 + 0.111…²/5) = 7.110460,
//        difference 0.933333 ± 2.357199 · 0.609189 = [−0.502645, 2.369312]
const before: Frequency[] = [
  { value: 2, count: 1 },
  { value: 3, count: 2 },
  { value: 4, count: 1 },
  { value: 5, count: 1 },
];
const after: Frequency[] = [
  { value: 3, count: 1 },
  { value: 4, count: 2 },
  { value: 5, count: 3 },
];

describe("statistics", () => {
  it("summarises a frequency table", () => {
    const s = summarise(before);
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(3.4, 10);
    expect(s.variance).toBeCloseTo(1.3, 10);
    expect(summarise([]).n).toBe(0);
    expect(summarise([{ value: 4, count: 1 }]).variance).toBeNaN();
  });

  it("finds the median of odd and even counts", () => {
    expect(median(before)).toBe(3);
    expect(median(after)).toBe(4.5);
    expect(median([{ value: 7, count: 0 }])).toBeNaN();
  });

  it("knows Student's t quantiles from the tables", () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.776445, 5);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.042272, 5);
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.959966, 4);
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228139, 5);
  });

  it("gives the mean's 95 % interval", () => {
    const interval = meanInterval(summarise(before))!;
    expect(interval.low).toBeCloseTo(1.984285, 5);
    expect(interval.high).toBeCloseTo(4.815715, 5);
    expect(meanInterval(summarise([{ value: 3, count: 1 }]))).toBeNull();
  });

  it("gives Welch's difference in means with its interval", () => {
    const result = welchDifference(summarise(before), summarise(after))!;
    expect(result.difference).toBeCloseTo(0.933333, 5);
    expect(result.degreesOfFreedom).toBeCloseTo(7.11046, 4);
    expect(result.interval.low).toBeCloseTo(-0.502645, 5);
    expect(result.interval.high).toBeCloseTo(2.369312, 5);
  });

  it("copes with groups that all gave the same answer", () => {
    const same = summarise([{ value: 4, count: 6 }]);
    expect(welchDifference(same, same)).toEqual({ difference: 0, interval: { low: 0, high: 0 }, degreesOfFreedom: 10, standardError: 0 });
  });

  it("gives Wilson's score interval for a share, inside 0 to 1 even at the ends", () => {
    const three = wilsonInterval(3, 10)!;
    expect(three.low).toBeCloseTo(0.107789, 5);
    expect(three.high).toBeCloseTo(0.603218, 5);
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 10)!.high).toBeCloseTo(0.277533, 5);
    expect(wilsonInterval(10, 10)!.low).toBeCloseTo(0.722467, 5);
    expect(wilsonInterval(10, 10)!.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it("fits a weighted least squares line, each point counting with its weight", () => {
    expect(weightedTrend([{ x: 0, y: 10, weight: 1 }, { x: 1, y: 20, weight: 1 }])).toEqual({ intercept: 10, slope: 10 });
    // x̄ = 0.6, ȳ = 10, Sxx = 3.2, Sxy = −10.
    const trend = weightedTrend([{ x: 0, y: 10, weight: 3 }, { x: 1, y: 20, weight: 1 }, { x: 2, y: 0, weight: 1 }])!;
    expect(trend.slope).toBeCloseTo(-3.125, 10);
    expect(trend.intercept).toBeCloseTo(11.875, 10);
    expect(weightedTrend([{ x: 1, y: 10, weight: 5 }, { x: 1, y: 30, weight: 5 }])).toBeNull();
  });

  it("pools differences by inverse-variance weighting, with a normal interval", () => {
    const pooled = inverseVarianceCombined([{ value: 1, standardError: 1 }, { value: 3, standardError: 2 }])!;
    expect(pooled.value).toBeCloseTo(1.4, 10);
    expect(pooled.standardError).toBeCloseTo(0.894427, 5);
    expect(pooled.interval.low).toBeCloseTo(-0.353045, 5);
    expect(pooled.interval.high).toBeCloseTo(3.153045, 5);
    expect(inverseVarianceCombined([{ value: 1, standardError: 0 }, { value: 2, standardError: 1 }])).toBeNull();
    expect(inverseVarianceCombined([])).toBeNull();
  });
});
