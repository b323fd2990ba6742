import type { Metadata } from "next";

/**
 * Every page of the public list: links are followed, but the names of people (many of
 * them survivors of the violence this campaign is about) are not offered to search engines.
 */
export const PUBLIC_LIST_ROBOTS: Metadata["robots"] = { index: false, follow: true };
