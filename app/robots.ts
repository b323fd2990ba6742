import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    // The embed repeats the home page's count; the API is data, not pages.
    rules: { userAgent: "*", allow: "/", disallow: ["/embed/", "/api/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
