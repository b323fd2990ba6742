/**
 * The hidden fields React renders into the petition form so it can be posted without
 * JavaScript (its server action's id and state): what a script needs to post the form.
 * Shared by the end-to-end tests and the benchmarks.
 */
export async function petitionFormFields(origin: string, path = "/es/firmar"): Promise<[string, string][]> {
  const html = await (await fetch(`${origin}${path}`)).text();
  const decode = (value: string) => value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [
    decode(m[1]!),
    decode(m[2] ?? ""),
  ]);
}
