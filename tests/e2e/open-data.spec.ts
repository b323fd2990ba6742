import { expect, test } from "./support/fixtures";

test.describe("open data", () => {
  test("serves the documented JSON with open CORS and a one-minute cache", async ({ request }) => {
    const response = await request.get("/api/stats");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toContain("application/json");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toContain("max-age=60");

    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(
      ["asOf", "byCountry", "byDay", "byState", "statesRepresented", "total"].sort(),
    );
    expect(new Date(body.asOf).toISOString()).toBe(body.asOf);
    // The e2e database starts empty.
    expect(body.total).toBe(0);
    expect(body.statesRepresented).toBe(0);
    expect(body.byState).toHaveLength(32);
    expect(body.byState[0]).toEqual({ code: "AGU", name: "Aguascalientes", count: 0 });
    expect(body.byCountry).toEqual([]);
    expect(body.byDay).toEqual([]);
  });

  test("serves the same figures as CSV, one row per figure", async ({ request }) => {
    const response = await request.get("/api/stats.csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["cache-control"]).toContain("max-age=60");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("scope,key,name,count");
    expect(lines[1]).toBe("total,all,,0");
    expect(lines.filter((line) => line.startsWith("state,"))).toHaveLength(32);
  });

  test("answers a cross-origin preflight", async ({ request }) => {
    const response = await request.fetch("/api/stats", {
      method: "OPTIONS",
      headers: { Origin: "https://ally.example", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
  });
});
