/**
 * Summary statistics for the evaluation charts. Counts come from PostgreSQL already grouped
 * (value → how many answered it), so everything here works on frequency tables and never on
 * a list of individual answers.
 */

export interface Frequency {
  value: number;
  count: number;
}

export interface Summary {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator); NaN below two answers. */
  variance: number;
}

export interface Interval {
  low: number;
  high: number;
}

export function summarise(frequencies: Frequency[]): Summary {
  const n = frequencies.reduce((sum, f) => sum + f.count, 0);
  if (n === 0) return { n, mean: NaN, variance: NaN };
  const mean = frequencies.reduce((sum, f) => sum + f.value * f.count, 0) / n;
  const squares = frequencies.reduce((sum, f) => sum + f.count * (f.value - mean) ** 2, 0);
  return { n, mean, variance: n > 1 ? squares / (n - 1) : NaN };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(frequencies: Frequency[]): number {
  const sorted = [...frequencies].filter((f) => f.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, f) => sum + f.count, 0);
  if (n === 0) return NaN;
  const at = (rank: number) => {
    let seen = 0;
    for (const f of sorted) {
      seen += f.count;
      if (rank < seen) return f.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  return n % 2 === 1 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2;
}

/** The mean with its 95 % confidence interval from Student's t with n − 1 degrees of freedom. */
export function meanInterval(summary: Summary, level = 0.95): Interval | null {
  if (summary.n < 2) return null;
  const halfWidth = tQuantile(1 - (1 - level) / 2, summary.n - 1) * Math.sqrt(summary.variance / summary.n);
  return { low: summary.mean - halfWidth, high: summary.mean + halfWidth };
}

export interface Difference {
  /** after − before */
  difference: number;
  interval: Interval;
  degreesOfFreedom: number;
  standardError: number;
}

/** Welch's difference in means (unequal variances) with its confidence interval. */
export function welchDifference(before: Summary, after: Summary, level = 0.95): Difference | null {
  if (before.n < 2 || after.n < 2) return null;
  const a = before.variance / before.n;
  const b = after.variance / after.n;
  const difference = after.mean - before.mean;
  const standardError = Math.sqrt(a + b);
  if (standardError === 0) return { difference, interval: { low: difference, high: difference }, degreesOfFreedom: before.n + after.n - 2, standardError };
  const degreesOfFreedom = (a + b) ** 2 / (a ** 2 / (before.n - 1) + b ** 2 / (after.n - 1));
  const halfWidth = tQuantile(1 - (1 - level) / 2, degreesOfFreedom) * standardError;
  return { difference, interval: { low: difference - halfWidth, high: difference + halfWidth }, degreesOfFreedom, standardError };
}

/** The standard normal distribution's 0.975 quantile: a 95 % interval is ±1.96 standard errors. */
export const z95 = 1.959963984540054;

/**
 * Wilson's score interval for a share of `successes` in `n`: unlike ±1.96 standard errors it
 * stays within 0…1 and keeps its coverage for shares near 0 or 1 and for small n.
 */
export function wilsonInterval(successes: number, n: number, z = z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

export interface Trend {
  /** The fitted value at x = 0. */
  intercept: number;
  /** Change of y per unit of x. */
  slope: number;
}

/**
 * Weighted least squares line y = intercept + slope·x: each point counts with its weight (a
 * share measured on n people, with weight n). Null without two distinct x values.
 */
export function weightedTrend(points: { x: number; y: number; weight: number }[]): Trend | null {
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) return null;
  const meanX = points.reduce((sum, p) => sum + p.weight * p.x, 0) / total;
  const meanY = points.reduce((sum, p) => sum + p.weight * p.y, 0) / total;
  const sxx = points.reduce((sum, p) => sum + p.weight * (p.x - meanX) ** 2, 0);
  if (sxx <= 0) return null;
  const slope = points.reduce((sum, p) => sum + p.weight * (p.x - meanX) * (p.y - meanY), 0) / sxx;
  return { intercept: meanY - slope * meanX, slope };
}

/**
 * Fixed-effect pooling of several estimates of one difference: each weighted by the inverse of
 * its variance, with a normal 95 % interval. Null without estimates, or when one has no
 * variance (its weight would be infinite).
 */
export function inverseVarianceCombined(estimates: { value: number; standardError: number }[]): { value: number; standardError: number; interval: Interval } | null {
  if (!estimates.length || estimates.some((e) => !(e.standardError > 0))) return null;
  const weights = estimates.map((e) => 1 / e.standardError ** 2);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const value = estimates.reduce((sum, e, i) => sum + weights[i]! * e.value, 0) / total;
  const standardError = Math.sqrt(1 / total);
  return { value, standardError, interval: { low: value - z95 * standardError, high: value + z95 * standardError } };
}

/** The p-quantile of Student's t distribution (degrees of freedom may be fractional, as Welch's are). */
export function tQuantile(p: number, degreesOfFreedom: number): number {
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, degreesOfFreedom);
  let low = 0;
  let high = 1;
  while (tCumulative(high, degreesOfFreedom) < p) high *= 2;
  for (let step = 0; step < 200 && high - low > 1e-12; step++) {
    const middle = (low + high) / 2;
    if (tCumulative(middle, degreesOfFreedom) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

export function tCumulative(t: number, degreesOfFreedom: number): number {
  const x = degreesOfFreedom / (degreesOfFreedom + t * t);
  const tail = regularizedBeta(x, degreesOfFreedom / 2, 0.5) / 2;
  return t >= 0 ? 1 - tail : tail;
}

// Regularised incomplete beta function by its continued fraction (Lentz's method), as in
// Numerical Recipes §6.4.
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let term = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + term * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + term / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    result *= d * c;
    term = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + term * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + term / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

// Lanczos approximation (g = 7, n = 9).
const lanczos = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const x = z - 1;
  let sum = lanczos[0]!;
  for (let i = 1; i < 9; i++) sum += lanczos[i]! / (x + i);
  const t = x + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
}
