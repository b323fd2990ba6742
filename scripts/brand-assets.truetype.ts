// Reads glyph outlines from a TrueType font so the wordmark's letters become SVG paths: the
// files then look the same on a machine without the font. Only what a short Latin line
// needs: cmap (formats 4 and 12), hmtx advances, simple and composite glyf outlines, and the
// OS/2 cap height. No kerning and no shaping: the wordmark is one known, plain word.
import { readFileSync } from "node:fs";

export interface Font {
  unitsPerEm: number;
  capHeight: number;
  /** The SVG path of `text` set at `size` px with its baseline at (x, y), and its advance width. */
  layout(text: string, x: number, y: number, size: number): { d: string; width: number };
}

interface Point {
  x: number;
  y: number;
  onCurve: boolean;
}

export function loadFont(file: string): Font {
  const data = readFileSync(file);
  const tables = tableOffsets(data);
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${file} has no ${tag} table`);
    return offset;
  };

  const head = table("head");
  const unitsPerEm = data.readUInt16BE(head + 18);
  const longLoca = data.readInt16BE(head + 50) === 1;
  const glyphCount = data.readUInt16BE(table("maxp") + 4);
  const metricCount = data.readUInt16BE(table("hhea") + 34);
  const capHeight = data.readInt16BE(table("OS/2") + 88);
  const hmtx = table("hmtx");
  const loca = table("loca");
  const glyf = table("glyf");
  const glyphIndex = readCmap(data, table("cmap"));

  const advance = (glyph: number) => data.readUInt16BE(hmtx + 4 * Math.min(glyph, metricCount - 1));

  const glyphRange = (glyph: number): [number, number] => {
    if (glyph >= glyphCount) throw new Error(`glyph ${glyph} out of range`);
    return longLoca
      ? [data.readUInt32BE(loca + 4 * glyph), data.readUInt32BE(loca + 4 * glyph + 4)]
      : [data.readUInt16BE(loca + 2 * glyph) * 2, data.readUInt16BE(loca + 2 * glyph + 2) * 2];
  };

  /** A glyph's contours in font units, y up. */
  function contours(glyph: number): Point[][] {
    const [start, end] = glyphRange(glyph);
    if (start === end) return []; // a space
    const at = glyf + start;
    const contourCount = data.readInt16BE(at);
    return contourCount >= 0 ? simpleContours(data, at, contourCount) : compositeContours(data, at, contours);
  }

  return {
    unitsPerEm,
    capHeight,
    layout(text, x, y, size) {
      const scale = size / unitsPerEm;
      let penX = 0;
      const parts: string[] = [];
      for (const char of text) {
        const glyph = glyphIndex(char.codePointAt(0)!);
        for (const contour of contours(glyph)) {
          parts.push(contourPath(contour, (p) => [x + (penX + p.x) * scale, y - p.y * scale]));
        }
        penX += advance(glyph);
      }
      return { d: parts.join(""), width: penX * scale };
    },
  };
}

function tableOffsets(data: Buffer): Map<string, number> {
  const offsets = new Map<string, number>();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    offsets.set(data.toString("latin1", record, record + 4), data.readUInt32BE(record + 8));
  }
  return offsets;
}

function readCmap(data: Buffer, cmap: number): (codePoint: number) => number {
  const count = data.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const sub = cmap + data.readUInt32BE(cmap + 4 + 8 * i + 4);
    const format = data.readUInt16BE(sub);
    if (format === 12) {
      const groups = data.readUInt32BE(sub + 12);
      return (codePoint) => {
        for (let g = 0; g < groups; g++) {
          const group = sub + 16 + 12 * g;
          const first = data.readUInt32BE(group);
          if (codePoint >= first && codePoint <= data.readUInt32BE(group + 4)) {
            return data.readUInt32BE(group + 8) + codePoint - first;
          }
        }
        throw new Error(`no glyph for U+${codePoint.toString(16)}`);
      };
    }
    if (format === 4) {
      const segments = data.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const rangeOffsets = deltas + 2 * segments;
      return (codePoint) => {
        for (let s = 0; s < segments; s++) {
          if (codePoint > data.readUInt16BE(ends + 2 * s)) continue;
          const first = data.readUInt16BE(starts + 2 * s);
          if (codePoint < first) break;
          const delta = data.readInt16BE(deltas + 2 * s);
          const rangeOffset = data.readUInt16BE(rangeOffsets + 2 * s);
          if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
          const glyph = data.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - first));
          return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        throw new Error(`no glyph for U+${codePoint.toString(16)}`);
      };
    }
  }
  throw new Error("no cmap subtable of format 4 or 12");
}

// https://learn.microsoft.com/en-us/typography/opentype/spec/glyf#simple-glyph-description
function simpleContours(data: Buffer, at: number, contourCount: number): Point[][] {
  const endPoints: number[] = [];
  for (let c = 0; c < contourCount; c++) endPoints.push(data.readUInt16BE(at + 10 + 2 * c));
  const pointCount = (endPoints.at(-1) ?? -1) + 1;
  let cursor = at + 10 + 2 * contourCount;
  cursor += 2 + data.readUInt16BE(cursor); // skip the hinting instructions

  const flags: number[] = [];
  while (flags.length < pointCount) {
    const flag = data.readUInt8(cursor++);
    flags.push(flag);
    if (flag & 0x08) for (let r = data.readUInt8(cursor++); r > 0; r--) flags.push(flag);
  }
  const readCoordinates = (shortBit: number, sameOrPositiveBit: number) => {
    const values: number[] = [];
    let value = 0;
    for (const flag of flags) {
      if (flag & shortBit) {
        const delta = data.readUInt8(cursor++);
        value += flag & sameOrPositiveBit ? delta : -delta;
      } else if (!(flag & sameOrPositiveBit)) {
        value += data.readInt16BE(cursor);
        cursor += 2;
      }
      values.push(value);
    }
    return values;
  };
  const xs = readCoordinates(0x02, 0x10);
  const ys = readCoordinates(0x04, 0x20);

  const result: Point[][] = [];
  let first = 0;
  for (const last of endPoints) {
    const contour: Point[] = [];
    for (let p = first; p <= last; p++)
      contour.push({ x: xs[p]!, y: ys[p]!, onCurve: (flags[p]! & 0x01) !== 0 });
    result.push(contour);
    first = last + 1;
  }
  return result;
}

// https://learn.microsoft.com/en-us/typography/opentype/spec/glyf#composite-glyph-description
// Components placed by x/y offsets, with an optional scale: enough for accented and dotted letters.
function compositeContours(data: Buffer, at: number, contoursOf: (glyph: number) => Point[][]): Point[][] {
  const result: Point[][] = [];
  let cursor = at + 10;
  for (;;) {
    const flags = data.readUInt16BE(cursor);
    const glyph = data.readUInt16BE(cursor + 2);
    cursor += 4;
    const wordArgs = (flags & 0x0001) !== 0;
    const dx = wordArgs ? data.readInt16BE(cursor) : data.readInt8(cursor);
    const dy = wordArgs ? data.readInt16BE(cursor + 2) : data.readInt8(cursor + 1);
    cursor += wordArgs ? 4 : 2;
    if (!(flags & 0x0002)) throw new Error("composite glyphs placed by point numbers are not supported");
    let [a, b, c, d] = [1, 0, 0, 1];
    const f2dot14 = (offset: number) => data.readInt16BE(offset) / 16384;
    if (flags & 0x0008) {
      a = d = f2dot14(cursor);
      cursor += 2;
    } else if (flags & 0x0040) {
      [a, d] = [f2dot14(cursor), f2dot14(cursor + 2)];
      cursor += 4;
    } else if (flags & 0x0080) {
      [a, b, c, d] = [f2dot14(cursor), f2dot14(cursor + 2), f2dot14(cursor + 4), f2dot14(cursor + 6)];
      cursor += 8;
    }
    for (const contour of contoursOf(glyph)) {
      result.push(
        contour.map((p) => ({ x: a * p.x + c * p.y + dx, y: b * p.x + d * p.y + dy, onCurve: p.onCurve })),
      );
    }
    if (!(flags & 0x0020)) return result; // no more components
  }
}

/** One closed contour as SVG path commands; two off-curve points in a row imply an on-curve midpoint. */
function contourPath(contour: Point[], toSvg: (p: Point) => [number, number]): string {
  const n = contour.length;
  const startIndex = contour.findIndex((p) => p.onCurve);
  const start = startIndex >= 0 ? contour[startIndex]! : midpoint(contour[0]!, contour[1 % n]!); // all off-curve: rare
  const from = startIndex >= 0 ? startIndex : 0;
  const fmt = (p: Point) => toSvg(p).map(round).join(" ");
  let d = `M${fmt(start)}`;
  let control: Point | null = null;
  for (let i = 1; i <= n; i++) {
    const p = contour[(from + i) % n]!;
    if (p.onCurve) {
      d += control ? `Q${fmt(control)} ${fmt(p)}` : `L${fmt(p)}`;
      control = null;
    } else {
      if (control) d += `Q${fmt(control)} ${fmt(midpoint(control, p))}`;
      control = p;
    }
  }
  if (control) d += `Q${fmt(control)} ${fmt(start)}`;
  return `${d}Z`;
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, onCurve: true };
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
