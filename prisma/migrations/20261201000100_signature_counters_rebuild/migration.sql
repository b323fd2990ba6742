-- Rewrites every counter from the rows, by the rule the counters' trigger follows
-- (signature_counters): for reconciling (lib/petition/counters.ts), and once after a bulk
-- load made with that trigger off (tests/support/generated-signatures.ts), where counting
-- row by row would take minutes.
CREATE FUNCTION "signature_counters_rebuild"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  -- Changes to signatures wait at their counters until the counters are whole again.
  LOCK TABLE "signature_count", "signature_daily_count" IN EXCLUSIVE MODE;
  UPDATE "signature_count" SET "count" = 0;
  DELETE FROM "signature_daily_count";
  INSERT INTO "signature_count" ("scope", "code", "count")
    SELECT k."scope", k."code", count(*)
    FROM "signature" s CROSS JOIN LATERAL signature_counters(s) k
    WHERE k."scope" <> 'day'
    GROUP BY 1, 2
  ON CONFLICT ("scope", "code") DO UPDATE SET "count" = EXCLUDED."count";
  INSERT INTO "signature_daily_count" ("day", "count")
    SELECT k."code"::date, count(*)
    FROM "signature" s CROSS JOIN LATERAL signature_counters(s) k
    WHERE k."scope" = 'day'
    GROUP BY 1;
END;
$$;
