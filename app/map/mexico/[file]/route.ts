import { mexicoMapFile } from "@/components/campaign/mexico-map-asset";

// The shapes of Mexico's states, referenced by every page that shows the map. Its name is a
// hash of its content, so browsers may keep it for a year without asking again; any other
// name (an old version) is not found.
export async function GET(_request: Request, { params }: RouteContext<"/map/mexico/[file]">) {
  const { file } = await params;
  const map = mexicoMapFile();
  if (file !== map.name) return new Response("Not found", { status: 404 });
  return new Response(map.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=31536000, immutable",
    },
  });
}
