// Draws the campaign's mark and wordmark and writes every icon and press file the site
// serves, so anyone can change the design here and regenerate them all:
//
//   npx tsx scripts/brand-assets.ts
//
// The SVGs are the source; each PNG is rendered from its SVG by sharp (librsvg), which Next
// already installs. The wordmark's letters are outlines taken from Geist Regular (SIL Open
// Font License 1.1, shipped inside Next), so no file depends on a font being installed.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { loadFont } from "./brand-assets.truetype";

const PURPLE = "#5b2a86"; // --color-accent: the 8M purple of the women's movement
const INK = "#1d1a24"; // --color-ink
const WHITE = "#ffffff";

const root = path.join(import.meta.dirname, "..");
const publicDir = path.join(root, "public");
const pressDir = path.join(publicDir, "press");
const fontFile = path.join(root, "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

// ---------------------------------------------------------------------------------------------
// The mark: a hash (#, the campaign is a hashtag) in a rounded square of the campaign purple.
// Drawn on a 16-unit grid scaled to 512, so at 16 px its bars fall on whole pixels: two
// pixels thick, with a two-pixel opening in the middle. The upright strokes lean a little,
// as a written # does, so it does not read as a grid.

const MARK_SIZE = 512;
const UNIT = MARK_SIZE / 16;
const BAR = 2 * UNIT;
const LEAN = 0.875 * UNIT; // horizontal shift of an upright stroke's end from its middle

interface MarkOptions {
  background: string;
  foreground: string;
  /** Corner radius of the square; 0 for icons the platform crops itself (iOS, maskable). */
  cornerRadius: number;
  /** The hash's size relative to the square: below 1 keeps it inside a platform's safe zone. */
  hashScale: number;
}

const LOGO: MarkOptions = { background: PURPLE, foreground: WHITE, cornerRadius: 3.5 * UNIT, hashScale: 1 };

function markShapes({ background, foreground, cornerRadius, hashScale }: MarkOptions): string {
  const centre = MARK_SIZE / 2;
  const at = (x: number, y: number) =>
    `${num(centre + (x - centre) * hashScale)} ${num(centre + (y - centre) * hashScale)}`;
  const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => at(x, y)).join("L")}Z`;

  const [start, end] = [3 * UNIT, 13 * UNIT]; // the hash spans ten units
  const across = [5 * UNIT, 9 * UNIT].map((top) =>
    polygon([
      [start, top],
      [end, top],
      [end, top + BAR],
      [start, top + BAR],
    ]),
  );
  const upright = [6.5 * UNIT, 9.5 * UNIT].map((middle) =>
    polygon([
      [middle - BAR / 2 + LEAN, start],
      [middle + BAR / 2 + LEAN, start],
      [middle + BAR / 2 - LEAN, end],
      [middle - BAR / 2 - LEAN, end],
    ]),
  );
  return [
    `<rect width="${MARK_SIZE}" height="${MARK_SIZE}" rx="${num(cornerRadius)}" fill="${background}"/>`,
    `<path fill="${foreground}" d="${[...across, ...upright].join("")}"/>`,
  ].join("");
}

function markSvg(options: MarkOptions, pixels = MARK_SIZE): string {
  return svgDocument(MARK_SIZE, MARK_SIZE, pixels, pixels, markShapes(options));
}

// ---------------------------------------------------------------------------------------------
// The wordmark: the mark, then #BudapestConventionMx with "Mx" (México) in purple. The
// letters' cap height is half the mark's, centred on it.

const WORDMARK_HEIGHT = 120;
const WORDMARK_GAP = 30;
const HASHTAG = "#BudapestConvention";
const COUNTRY = "Mx";

interface WordmarkColours {
  mark: MarkOptions;
  text: string;
  country: string;
}

const ON_LIGHT: WordmarkColours = { mark: LOGO, text: INK, country: PURPLE };
const ON_DARK: WordmarkColours = {
  mark: { ...LOGO, background: WHITE, foreground: PURPLE },
  text: WHITE,
  country: WHITE,
};

function wordmarkShapes(colours: WordmarkColours): { body: string; width: number } {
  const font = loadFont(fontFile);
  const size = ((WORDMARK_HEIGHT / 2) * font.unitsPerEm) / font.capHeight;
  // Geist comes in one weight here; a thin stroke of the letters' own colour gives them the
  // medium weight that sits well beside the bold mark.
  const stroke = size * 0.022;
  const baseline = WORDMARK_HEIGHT / 2 + WORDMARK_HEIGHT / 4;
  const textStart = WORDMARK_HEIGHT + WORDMARK_GAP;
  const hashtag = font.layout(HASHTAG, textStart, baseline, size);
  const country = font.layout(COUNTRY, textStart + hashtag.width, baseline, size);
  const letters = (d: string, colour: string) =>
    `<path fill="${colour}" stroke="${colour}" stroke-width="${num(stroke)}" stroke-linejoin="round" d="${d}"/>`;
  const scale = WORDMARK_HEIGHT / MARK_SIZE;
  return {
    body: [
      `<g transform="scale(${scale})">${markShapes(colours.mark)}</g>`,
      letters(hashtag.d, colours.text),
      letters(country.d, colours.country),
    ].join(""),
    width: Math.ceil(textStart + hashtag.width + country.width + stroke),
  };
}

function wordmarkSvg(colours: WordmarkColours, pixelWidth?: number): string {
  const { body, width } = wordmarkShapes(colours);
  const pixels = pixelWidth ?? width;
  return svgDocument(width, WORDMARK_HEIGHT, pixels, Math.round((pixels * WORDMARK_HEIGHT) / width), body);
}

/** The white wordmark on a purple field with a margin, for a dark slide or a printed banner. */
function wordmarkOnPurpleSvg(pixelWidth: number): string {
  const { body, width } = wordmarkShapes(ON_DARK);
  const margin = WORDMARK_HEIGHT / 2;
  const [fieldWidth, fieldHeight] = [width + 2 * margin, WORDMARK_HEIGHT + 2 * margin];
  return svgDocument(
    fieldWidth,
    fieldHeight,
    pixelWidth,
    Math.round((pixelWidth * fieldHeight) / fieldWidth),
    `<rect width="${num(fieldWidth)}" height="${num(fieldHeight)}" fill="${PURPLE}"/><g transform="translate(${num(margin)} ${num(margin)})">${body}</g>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Files

function svgDocument(
  viewWidth: number,
  viewHeight: number,
  width: number,
  height: number,
  body: string,
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(viewWidth)} ${num(viewHeight)}" width="${width}" height="${height}">${body}</svg>\n`;
}

async function png(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
}

/** For full-bleed images; iOS would fill a transparent apple-touch-icon with black. */
async function opaquePng(svg: string, background: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).flatten({ background }).png({ compressionLevel: 9 }).toBuffer();
}

/**
 * An ICO file holding PNG images: a 6-byte header, one 16-byte entry per image, then the
 * PNGs. https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
 */
export function icoFile(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width; 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

async function main() {
  mkdirSync(pressDir, { recursive: true });
  const files = new Map<string, string | Buffer>();

  // Press kit
  files.set("press/logo.svg", markSvg(LOGO));
  files.set("press/logo-512.png", await png(markSvg(LOGO, 512)));
  files.set("press/logo-1024.png", await png(markSvg(LOGO, 1024)));
  files.set("press/wordmark.svg", wordmarkSvg(ON_LIGHT));
  files.set("press/wordmark-white.svg", wordmarkSvg(ON_DARK));
  files.set("press/wordmark.png", await png(wordmarkSvg(ON_LIGHT, 1200)));
  files.set("press/wordmark-on-purple.png", await opaquePng(wordmarkOnPurpleSvg(1200), PURPLE));

  // Site icons
  const fullBleed = (hashScale: number): MarkOptions => ({ ...LOGO, cornerRadius: 0, hashScale });
  files.set("icon.svg", markSvg(LOGO));
  files.set("icon-192.png", await png(markSvg(LOGO, 192)));
  files.set("icon-512.png", await png(markSvg(LOGO, 512)));
  // Maskable: the platform crops to any shape inside the central circle of 80 % diameter;
  // at 0.72 the hash's corners stay inside it (https://web.dev/articles/maskable-icon).
  files.set("icon-maskable-512.png", await opaquePng(markSvg(fullBleed(0.72), 512), PURPLE));
  // iOS rounds the corners itself; a little more air than the logo suits its tile.
  files.set("apple-touch-icon.png", await opaquePng(markSvg(fullBleed(0.86), 180), PURPLE));
  files.set(
    "favicon.ico",
    icoFile(
      await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await png(markSvg(LOGO, size)) }))),
    ),
  );

  for (const [name, content] of files) {
    writeFileSync(path.join(publicDir, name), content);
    console.log(`public/${name}  ${Buffer.byteLength(content)} bytes`);
  }
}

await main();
