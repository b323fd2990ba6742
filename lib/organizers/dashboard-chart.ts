// Scales for the dashboard's bar chart, kept apart from the drawing so they can be tested.

/**
 * Round axis steps (1, 2, 2.5, 5 × 10ⁿ) so that about `target` gridlines cover `max`.
 * Counts are whole numbers, so every step is a whole number; an empty chart still gets an axis.
 */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step =
    [1, 2, 2.5, 5, 10]
      .map((factor) => factor * magnitude)
      .find((candidate) => candidate >= rough && Number.isInteger(candidate)) ?? Math.ceil(rough);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

/**
 * Which of `count` bars get a date under them: evenly spaced, the first always, at most `max`,
 * so labels never overlap on a narrow phone.
 */
export function labelIndexes(count: number, max = 4): number[] {
  if (count <= 0) return [];
  const every = Math.ceil(count / Math.max(1, max));
  return Array.from({ length: Math.ceil(count / every) }, (_, index) => index * every);
}
