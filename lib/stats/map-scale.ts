// Shades for the map of signatures by state: zero, then four equal steps up to the busiest state.

export const MAP_LEVELS = 4;

/** 0 for no signatures, otherwise 1..MAP_LEVELS relative to the largest count. */
export function mapLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(MAP_LEVELS, Math.max(1, Math.ceil((count / max) * MAP_LEVELS)));
}

/** The inclusive count range each level covers, for the legend; empty levels are left out. */
export function mapLegend(max: number): { level: number; from: number; to: number }[] {
  const legend = [{ level: 0, from: 0, to: 0 }];
  let from = 1;
  for (let level = 1; level <= MAP_LEVELS && max > 0; level++) {
    const to = Math.floor((max * level) / MAP_LEVELS);
    if (to >= from) {
      legend.push({ level, from, to });
      from = to + 1;
    }
  }
  return legend;
}
