import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { metadata } from "@/app/layout";
import manifest from "@/app/manifest";
import { BRAND_ASSETS } from "@/components/campaign/press-kit";

const publicDir = path.join(import.meta.dirname, "../../public");
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function publicFile(href: string): Buffer {
  const file = path.join(publicDir, href);
  expect(existsSync(file), `${href} is missing from public/`).toBe(true);
  return readFileSync(file);
}

interface PngHeader {
  width: number;
  height: number;
  /** False when the image has no alpha channel and no transparent palette entry. */
  transparent: boolean;
}

// https://www.w3.org/TR/png/#11IHDR: the first chunk, right after the 8-byte signature.
function pngHeader(data: Buffer): PngHeader {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), "a PNG signature").toBe(true);
  expect(data.toString("latin1", 12, 16)).toBe("IHDR");
  const colourType = data.readUInt8(25);
  const withAlpha = colourType === 4 || colourType === 6;
  return {
    width: data.readUInt32BE(16),
    height: data.readUInt32BE(20),
    transparent: withAlpha || chunkTypes(data).includes("tRNS"),
  };
}

function chunkTypes(data: Buffer): string[] {
  const types: string[] = [];
  for (let offset = 8; offset < data.length; offset += 12 + data.readUInt32BE(offset)) {
    types.push(data.toString("latin1", offset + 4, offset + 8));
  }
  return types;
}

// https://learn.microsoft.com/en-us/previous-versions/ms997538(v=msdn.10)
function icoImages(data: Buffer): { size: number; png: Buffer }[] {
  expect(data.readUInt16LE(0)).toBe(0);
  expect(data.readUInt16LE(2)).toBe(1);
  return Array.from({ length: data.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    const [width, height] = [data.readUInt8(entry) || 256, data.readUInt8(entry + 1) || 256];
    expect(height).toBe(width);
    const [length, offset] = [data.readUInt32LE(entry + 8), data.readUInt32LE(entry + 12)];
    return { size: width, png: data.subarray(offset, offset + length) };
  });
}

function svgFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".svg"))
    .map((name) => path.join(dir, name));
}

describe("the press kit's files", () => {
  for (const asset of BRAND_ASSETS) {
    for (const file of asset.files) {
      it(`${file.href} exists with the size the kit states`, () => {
        const data = publicFile(file.href);
        expect(Math.ceil(statSync(path.join(publicDir, file.href)).size / 1024)).toBe(file.kilobytes);
        if (file.format === "png") {
          const { width, height } = pngHeader(data);
          expect({ width, height }).toEqual({ width: file.width, height: file.height });
        } else {
          expect(data.toString("utf8")).toMatch(/^<svg /);
        }
      });
    }

    it(`${asset.preview.src}, the preview, has the proportions the kit states`, () => {
      const svg = publicFile(asset.preview.src).toString("utf8");
      const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
      expect(Number(width) / Number(height)).toBeCloseTo(asset.preview.width / asset.preview.height, 2);
    });
  }
});

describe("the site's icons", () => {
  it("favicon.ico holds 16, 32 and 48 px PNG images", () => {
    const images = icoImages(publicFile("/favicon.ico"));
    expect(images.map((image) => image.size)).toEqual([16, 32, 48]);
    for (const { size, png } of images) {
      const { width, height } = pngHeader(png);
      expect({ width, height }).toEqual({ width: size, height: size });
    }
  });

  it("every icon in the manifest exists with the size and type it declares", () => {
    const icons = manifest().icons ?? [];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      const data = publicFile(icon.src);
      if (icon.type === "image/svg+xml") {
        expect(icon.sizes).toBe("any");
        expect(data.toString("utf8")).toMatch(/^<svg /);
        continue;
      }
      expect(icon.type).toBe("image/png");
      const { width, height, transparent } = pngHeader(data);
      expect(`${width}x${height}`).toBe(icon.sizes);
      // A maskable icon is cropped by the platform: it must fill its square.
      if (icon.purpose === "maskable") expect(transparent).toBe(false);
    }
  });

  it("the manifest starts in Spanish with the campaign's colours", () => {
    const { start_url, theme_color, background_color, display, lang } = manifest();
    expect({ start_url, theme_color, background_color, display, lang }).toEqual({
      start_url: "/es",
      theme_color: "#5b2a86",
      background_color: "#ffffff",
      display: "standalone",
      lang: "es",
    });
  });

  it("every icon the pages link to exists; the apple touch icon is 180 px and opaque", () => {
    const icons = metadata.icons as { icon: { url: string }[]; apple: { url: string }[] };
    for (const { url } of icons.icon) publicFile(url);
    const [apple] = icons.apple;
    expect(pngHeader(publicFile(apple!.url))).toEqual({ width: 180, height: 180, transparent: false });
  });
});

describe("every SVG in public/", () => {
  const files = svgFiles(publicDir);

  it("includes the logo, the wordmarks and the icon", () => {
    expect(files.map((file) => path.relative(publicDir, file)).sort()).toEqual(
      expect.arrayContaining([
        "icon.svg",
        "press/logo.svg",
        "press/wordmark-white.svg",
        "press/wordmark.svg",
      ]),
    );
  });

  for (const file of files) {
    const name = path.relative(publicDir, file);
    it(`${name} draws its letters as shapes and loads nothing`, () => {
      const svg = readFileSync(file, "utf8");
      expect(svg).not.toMatch(/<text\b|<tspan\b|font-family|@font-face|<image\b|<use\b|<style\b/);
      const addresses = svg.match(/https?:[^"'\s)]*/g) ?? [];
      expect(addresses.filter((address) => address !== "http://www.w3.org/2000/svg")).toEqual([]);
    });
  }
});
