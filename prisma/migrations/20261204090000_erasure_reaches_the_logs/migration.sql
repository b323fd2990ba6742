-- What a signer is promised about erasure holds in the organizers' logs too.

-- A hidden name's log row (who hid it and why: free text that may describe the person) lasts
-- only as long as the name. Withdrawal, invalidation and erasure after the campaign all set
-- the name to NULL; the trigger covers each of them, and any later path, in the same statement.
CREATE FUNCTION forget_hiding_of_erased_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "public_name_hiding" WHERE "signature_id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "signature_forget_hiding_of_erased_name"
  AFTER UPDATE OF "name" ON "signature"
  FOR EACH ROW
  WHEN (OLD."name" IS NOT NULL AND NEW."name" IS NULL)
  EXECUTE FUNCTION forget_hiding_of_erased_name();

DELETE FROM "public_name_hiding" h USING "signature" s
 WHERE h."signature_id" = s."id" AND s."name" IS NULL;

-- An invalidation by network keeps the network's hash in its log entry after the signatures
-- lose theirs; retention deletes it when the newest of those signatures reaches the age at
-- which theirs would have gone (lib/retention/run-retention.ts), and notes when.
ALTER TABLE "signature_invalidation" ADD COLUMN "ip_hash_dropped_at" TIMESTAMPTZ(3);
-- An entry still names its criterion once the hash is gone: "a network, forgotten on ...".
ALTER TABLE "signature_invalidation" DROP CONSTRAINT "signature_invalidation_criterion_check";
ALTER TABLE "signature_invalidation" ADD CONSTRAINT "signature_invalidation_criterion_check" CHECK (
    "email_domain" IS NOT NULL OR "ip_hash" IS NOT NULL OR "ip_hash_dropped_at" IS NOT NULL
    OR "signed_from" IS NOT NULL OR "signed_until" IS NOT NULL);
