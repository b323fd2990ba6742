-- The organizers' figures, kept like the public count: in counter rows the trigger on
-- "signature" moves in the statement that changes a signature, so the dashboard and the
-- counts export read a few hundred rows at any size instead of scanning every signature.
-- Each figure is the dashboard's own definition (lib/organizers/dashboard.ts), per campaign
-- day of the date it is counted by:
--   confirmed       status CONFIRMED, by day of confirmation; also by state, country,
--                   language and source (the chart, the breakdowns, the counts export)
--   pending         status PENDING, by day made
--   invalidated     status INVALIDATED, by day made
--   withdrawn       status WITHDRAWN, by day of withdrawal
--   made            not INVALIDATED, by day made (the confirmation rate's denominator)
--   made_confirmed  not INVALIDATED and ever confirmed (a withdrawn one keeps its
--                   confirmation date), by day made (the rate's numerator)

-- A signature outside Mexico has no state and one signed directly has no source; the
-- counters store that "none" as '' (keys are part of a primary key, which cannot be null),
-- so '' must never be a real source. The signing form never stores one (sanitizeReferral).
ALTER TABLE "signature" ADD CONSTRAINT "signature_source_check" CHECK ("source" <> '');

-- Why slots: signing is the hot path, and every signing INSERT now adds to "pending" and
-- "made" for today. With one row per counter, every signer would wait on that row's lock
-- until the signer before it committed. Each counter is therefore spread over 16 slot rows;
-- a transaction writes only to its backend's slot, so concurrent signers on different
-- connections update different rows. Readers sum the slots. A slot is a partial sum, not a
-- count: a signature made on one connection and confirmed on another leaves -1 in the second
-- one's "pending" slot, so slot rows may be negative and only their sum means anything.
CREATE FUNCTION "signature_tally_slot"() RETURNS SMALLINT
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (pg_backend_pid() % 16)::smallint;

-- Per campaign day: every figure's total (dimension 'all', key ''), and the confirmed
-- signatures per state, country, locale and source.
CREATE TABLE "signature_tally_daily" (
    "dimension" VARCHAR(8) NOT NULL,
    "figure" VARCHAR(16) NOT NULL,
    "day" DATE NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "slot" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "signature_tally_daily_pkey" PRIMARY KEY ("dimension", "figure", "day", "key", "slot")
);

-- The same per-dimension counts of confirmed signatures over every day. A breakdown has up to
-- one key per source per day (hundreds of sources times hundreds of days); the all-time
-- dashboard, the one most opened, reads these few hundred rows instead.
CREATE TABLE "signature_tally_all_time" (
    "dimension" VARCHAR(8) NOT NULL,
    "figure" VARCHAR(16) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "slot" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "signature_tally_all_time_pkey" PRIMARY KEY ("dimension", "figure", "key", "slot")
);

-- The dashboard's rule, written once: every counter a signature is in, as it is now.
-- Reconciling and rebuilding count the rows with this same function.
CREATE FUNCTION "signature_tallies"(s "signature")
RETURNS TABLE ("dimension" TEXT, "figure" TEXT, "day" DATE, "key" TEXT)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT t.dimension, t.figure, t.day, t.key
  FROM (VALUES
    ('all', 'made', campaign_day(s.created_at), '', s.status <> 'INVALIDATED'),
    ('all', 'made_confirmed', campaign_day(s.created_at), '',
      s.status <> 'INVALIDATED' AND s.confirmed_at IS NOT NULL),
    ('all', 'pending', campaign_day(s.created_at), '', s.status = 'PENDING'),
    ('all', 'invalidated', campaign_day(s.created_at), '', s.status = 'INVALIDATED'),
    ('all', 'withdrawn', campaign_day(s.withdrawn_at), '', s.status = 'WITHDRAWN'),
    ('all', 'confirmed', campaign_day(s.confirmed_at), '', s.status = 'CONFIRMED'),
    ('state', 'confirmed', campaign_day(s.confirmed_at), coalesce(s.state_code::text, ''), s.status = 'CONFIRMED'),
    ('country', 'confirmed', campaign_day(s.confirmed_at), s.country_code::text, s.status = 'CONFIRMED'),
    ('locale', 'confirmed', campaign_day(s.confirmed_at), s.locale::text, s.status = 'CONFIRMED'),
    ('source', 'confirmed', campaign_day(s.confirmed_at), coalesce(s.source::text, ''), s.status = 'CONFIRMED')
  ) AS t (dimension, figure, day, key, applies)
  WHERE t.applies AND t.day IS NOT NULL;
END;

-- Moves a signature's tallies from the row as it was (null on INSERT) to the row as it is
-- (null on DELETE), in one statement per table. The old and new counters are netted first,
-- so a change that leaves a counter where it was (confirming leaves "made" alone) does not
-- touch its row, and rows are written in primary-key order, so two changes never take the
-- same two rows in opposite orders.
CREATE FUNCTION "signature_tallies_move"(old_row "signature", new_row "signature") RETURNS VOID
LANGUAGE sql AS $$
  WITH moved AS (
    SELECT t.dimension, t.figure, t.day, t.key, sum(t.delta)::int AS delta
    FROM (
      -- A null row (the old one of an INSERT, the new one of a DELETE) is in no counter.
      SELECT o.*, -1 AS delta FROM signature_tallies(old_row) o
      UNION ALL
      SELECT n.*, 1 FROM signature_tallies(new_row) n
    ) AS t
    GROUP BY 1, 2, 3, 4
    HAVING sum(t.delta) <> 0
  ),
  daily AS (
    INSERT INTO "signature_tally_daily" ("dimension", "figure", "day", "key", "slot", "count")
    SELECT dimension, figure, day, key, signature_tally_slot(), delta FROM moved
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("dimension", "figure", "day", "key", "slot")
    DO UPDATE SET "count" = "signature_tally_daily"."count" + EXCLUDED."count"
  )
  INSERT INTO "signature_tally_all_time" ("dimension", "figure", "key", "slot", "count")
  SELECT dimension, figure, key, signature_tally_slot(), sum(delta)::int FROM moved
  WHERE dimension <> 'all'
  GROUP BY 1, 2, 3
  HAVING sum(delta) <> 0
  ORDER BY 1, 2, 3
  ON CONFLICT ("dimension", "figure", "key", "slot")
  DO UPDATE SET "count" = "signature_tally_all_time"."count" + EXCLUDED."count";
$$;

-- One trigger function keeps both kinds of counters. The public ones first, as before: their
-- total row is where changes to confirmed signatures queue.
CREATE OR REPLACE FUNCTION "signature_counters_follow"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND signature_counts(OLD."status") THEN
    PERFORM signature_counters_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND signature_counts(NEW."status") THEN
    PERFORM signature_counters_add(NEW, 1);
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM signature_tallies_move(NULL, NEW);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM signature_tallies_move(OLD, NEW);
  ELSE
    PERFORM signature_tallies_move(OLD, NULL);
  END IF;
  RETURN NULL;
END;
$$;

-- Every inserted or deleted signature is in "made" or "invalidated", so those triggers have no
-- condition left. An update enters the function only when it can move a counter: a change of
-- status or of a date counted by, or a change of place, language or source of a signature that
-- is or becomes confirmed. Resubmitting a pending signature (new place, language, source),
-- retention's erasure and every other update skip the function, as before. The names stay, so
-- a bulk load can still turn the insert trigger off (tests/support/generated-signatures.ts).
DROP TRIGGER "signature_counters_on_insert" ON "signature";
CREATE TRIGGER "signature_counters_on_insert"
AFTER INSERT ON "signature"
FOR EACH ROW EXECUTE FUNCTION signature_counters_follow();

DROP TRIGGER "signature_counters_on_update" ON "signature";
CREATE TRIGGER "signature_counters_on_update"
AFTER UPDATE OF "status", "country_code", "state_code", "locale", "source", "created_at", "confirmed_at",
  "withdrawn_at" ON "signature"
FOR EACH ROW WHEN (
  (OLD."status", OLD."created_at", OLD."confirmed_at", OLD."withdrawn_at")
    IS DISTINCT FROM (NEW."status", NEW."created_at", NEW."confirmed_at", NEW."withdrawn_at")
  OR ((signature_counts(OLD."status") OR signature_counts(NEW."status")
      OR OLD."status" = 'CONFIRMED' OR NEW."status" = 'CONFIRMED')
    AND (OLD."country_code", OLD."state_code", OLD."locale", OLD."source")
      IS DISTINCT FROM (NEW."country_code", NEW."state_code", NEW."locale", NEW."source")))
EXECUTE FUNCTION signature_counters_follow();

DROP TRIGGER "signature_counters_on_delete" ON "signature";
CREATE TRIGGER "signature_counters_on_delete"
AFTER DELETE ON "signature"
FOR EACH ROW EXECUTE FUNCTION signature_counters_follow();

-- Emptying the table empties the counters.
CREATE OR REPLACE FUNCTION "signature_counters_reset"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "signature_count" SET "count" = 0 WHERE "scope" = 'total';
  DELETE FROM "signature_count" WHERE "scope" <> 'total';
  DELETE FROM "signature_daily_count";
  DELETE FROM "signature_tally_daily";
  DELETE FROM "signature_tally_all_time";
  RETURN NULL;
END;
$$;

-- Rewrites every counter from the rows, each by the function its trigger follows; the
-- rebuilt counts go to slot 0.
CREATE OR REPLACE FUNCTION "signature_counters_rebuild"() RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  -- Changes to signatures wait at their counters until the counters are whole again.
  LOCK TABLE "signature_count", "signature_daily_count", "signature_tally_daily", "signature_tally_all_time"
    IN EXCLUSIVE MODE;
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

  DELETE FROM "signature_tally_daily";
  DELETE FROM "signature_tally_all_time";
  INSERT INTO "signature_tally_daily" ("dimension", "figure", "day", "key", "slot", "count")
    SELECT t."dimension", t."figure", t."day", t."key", 0, count(*)
    FROM "signature" s CROSS JOIN LATERAL signature_tallies(s) t
    GROUP BY 1, 2, 3, 4;
  INSERT INTO "signature_tally_all_time" ("dimension", "figure", "key", "slot", "count")
    SELECT "dimension", "figure", "key", 0, sum("count")
    FROM "signature_tally_daily"
    WHERE "dimension" <> 'all'
    GROUP BY 1, 2, 3;
END;
$$;

-- The counters of the signatures already there.
SELECT signature_counters_rebuild();
