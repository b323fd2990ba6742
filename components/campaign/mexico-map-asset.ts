// The 32 state shapes as one SVG file, drawn once and cached by browsers for a year: pages
// reference each shape with <use href="...#mx-cmx"> instead of inlining ~150 KB of paths.
// The file's address carries a hash of its content, so a change to the shapes is a new
// address and no browser keeps an old map (app/map/mexico/[file]/route.ts serves it).
import mexico from "@svg-maps/mexico";

export const MEXICO_VIEW_BOX = mexico.viewBox;

/** The id of a state's shape inside the file, from its upper-case code (CMX -> mx-cmx). */
export function stateShapeId(code: string): string {
  return `mx-${code.toLowerCase()}`;
}

/** Each state's code (upper-case, as in PublicStats.byState) and its name in the source data. */
export const MEXICO_STATES = mexico.locations.map((location) => ({
  code: location.id.toUpperCase(),
  name: location.name,
}));

function drawMap(): string {
  // No fill or stroke on the paths: a <use> passes its own down, which is how each page
  // shades a state by its count.
  const paths = mexico.locations.map(
    (location) => `<path id="${stateShapeId(location.id)}" d="${location.path}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${mexico.viewBox}">`,
    "<!-- Map of Mexico from @svg-maps/mexico by Victor Cazanave (https://github.com/VictorCazanave/svg-maps), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) -->",
    ...paths,
    "</svg>",
    "",
  ].join("\n");
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one version of the map from another. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The file's text and its name: drawn on first use, then kept for the life of the process. */
export const mexicoMapFile = (() => {
  let file: { name: string; svg: string } | undefined;
  return () => {
    if (!file) {
      const svg = drawMap();
      file = { name: `${contentHash(svg)}.svg`, svg };
    }
    return file;
  };
})();

/** Where pages fetch the file from (this origin). */
export function mexicoMapHref(): string {
  return `/map/mexico/${mexicoMapFile().name}`;
}
