import type { Metadata } from "next";
import type { ReactNode } from "react";

// Every page inherits these, the localized ones and the root 404 alike. The files are in
// public/, written by scripts/brand-assets.ts; the manifest link comes from app/manifest.ts.
export const metadata: Metadata = {
  icons: {
    // The ICO holds 16, 32 and 48 px. "32x32" rather than "any", so a browser that can use
    // the SVG prefers it (https://evilmartians.com/chronicles/how-to-favicon-in-2021-six-files-that-fit-most-needs).
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
};

// The real root layout is app/[locale]/layout.tsx, which knows the language for <html lang>.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
