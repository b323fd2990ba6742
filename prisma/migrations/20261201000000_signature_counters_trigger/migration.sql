-- The public count's rule, written once. The database keeps signature_count and
-- signature_daily_count in step with every change to a signature, in the statement that
-- makes the change, so no path (confirming, withdrawing, invalidating, erasing, deleting,
-- a statement typed by hand) can forget to. Reconciling (lib/petition/counters.ts) counts
-- the rows with the same functions.

-- A campaign day is a calendar day in Mexico City, whatever the server's time zone
-- (CAMPAIGN_TIME_ZONE in lib/campaign-time.ts; an integration test holds the two equal).
CREATE FUNCTION "campaign_day"(instant TIMESTAMPTZ) RETURNS DATE
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (instant AT TIME ZONE 'America/Mexico_City')::date;

-- Which signatures count: the confirmed ones.
CREATE FUNCTION "signature_counts"(status "signature_status") RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN status = 'CONFIRMED';

-- The counters a signature is in while it counts: the total, its country, its state when
-- it has one, and the campaign day it was confirmed on (as 'YYYY-MM-DD'). The total comes
-- first, so every change takes the total's row lock before any other and concurrent
-- changes queue there instead of deadlocking.
CREATE FUNCTION "signature_counters"(s "signature") RETURNS TABLE ("scope" TEXT, "code" TEXT)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT k.scope, k.code
  FROM (VALUES
    (1, 'total', 'all'),
    (2, 'country', s.country_code::text),
    (3, 'state', s.state_code::text),
    (4, 'day', to_char(campaign_day(s.confirmed_at), 'YYYY-MM-DD'))
  ) AS k (position, scope, code)
  WHERE signature_counts(s.status) AND k.code IS NOT NULL
  ORDER BY k.position;
END;

-- Adds delta (1 or -1) to each counter of a signature, one counter at a time in the order
-- above. A decrement only updates: a counter that is missing was wrong already, and
-- reconciling reports it.
CREATE FUNCTION "signature_counters_add"(s "signature", delta INTEGER) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  counter RECORD;
BEGIN
  FOR counter IN SELECT * FROM signature_counters(s) LOOP
    IF counter.scope = 'day' AND delta > 0 THEN
      INSERT INTO "signature_daily_count" ("day", "count") VALUES (counter.code::date, delta)
      ON CONFLICT ("day") DO UPDATE SET "count" = "signature_daily_count"."count" + EXCLUDED."count";
    ELSIF counter.scope = 'day' THEN
      UPDATE "signature_daily_count" SET "count" = "count" + delta WHERE "day" = counter.code::date;
    ELSIF delta > 0 THEN
      INSERT INTO "signature_count" ("scope", "code", "count") VALUES (counter.scope, counter.code, delta)
      ON CONFLICT ("scope", "code") DO UPDATE SET "count" = "signature_count"."count" + EXCLUDED."count";
    ELSE
      UPDATE "signature_count" SET "count" = "count" + delta
      WHERE "scope" = counter.scope AND "code" = counter.code;
    END IF;
  END LOOP;
END;
$$;

-- The row as it was leaves its counters; the row as it is enters its own.
CREATE FUNCTION "signature_counters_follow"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM signature_counters_add(OLD, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM signature_counters_add(NEW, 1);
  END IF;
  RETURN NULL;
END;
$$;

-- The WHEN conditions only skip the calls that could not change a counter: signing (a
-- pending insert) and most updates never enter the function.
CREATE TRIGGER "signature_counters_on_insert"
AFTER INSERT ON "signature"
FOR EACH ROW WHEN (signature_counts(NEW."status"))
EXECUTE FUNCTION signature_counters_follow();

CREATE TRIGGER "signature_counters_on_update"
AFTER UPDATE OF "status", "country_code", "state_code", "confirmed_at" ON "signature"
FOR EACH ROW WHEN (
  (signature_counts(OLD."status") OR signature_counts(NEW."status"))
  AND (OLD."status", OLD."country_code", OLD."state_code", OLD."confirmed_at")
    IS DISTINCT FROM (NEW."status", NEW."country_code", NEW."state_code", NEW."confirmed_at"))
EXECUTE FUNCTION signature_counters_follow();

CREATE TRIGGER "signature_counters_on_delete"
AFTER DELETE ON "signature"
FOR EACH ROW WHEN (signature_counts(OLD."status"))
EXECUTE FUNCTION signature_counters_follow();

-- Emptying the table empties the counters.
CREATE FUNCTION "signature_counters_reset"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "signature_count" SET "count" = 0 WHERE "scope" = 'total';
  DELETE FROM "signature_count" WHERE "scope" <> 'total';
  DELETE FROM "signature_daily_count";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "signature_counters_on_truncate"
AFTER TRUNCATE ON "signature"
FOR EACH STATEMENT EXECUTE FUNCTION signature_counters_reset();
