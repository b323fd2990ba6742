import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import messages from "@/messages/es.json";

// A web manifest speaks one language: the default locale's, as the root 404 page does.
// The icons are written by scripts/brand-assets.ts.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: messages.metadata.siteName,
    short_name: messages.PressKit.manifestShortName,
    description: messages.metadata.homeDescription,
    lang: routing.defaultLocale,
    start_url: `/${routing.defaultLocale}`,
    display: "standalone",
    theme_color: "#5b2a86",
    background_color: "#ffffff",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
