-- Retention: when a signature's personal data was erased after the campaign closed, and a
-- log of every retention run (what ran, how many rows, when) for organizers.
ALTER TABLE "signature" ADD COLUMN "erased_at" TIMESTAMPTZ(3);

CREATE TABLE "retention_run" (
    "id" UUID NOT NULL,
    "trigger" VARCHAR(40) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,
    "unconfirmed_deleted" INTEGER NOT NULL,
    "network_hashes_dropped" INTEGER NOT NULL,
    "signatures_erased" INTEGER NOT NULL,
    "outbox_deleted" INTEGER NOT NULL,
    "sign_in_links_deleted" INTEGER NOT NULL,
    "sessions_deleted" INTEGER NOT NULL,
    CONSTRAINT "retention_run_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "retention_run_started_at_idx" ON "retention_run"("started_at");

-- The network-hash rule looks rows up by age.
CREATE INDEX "signature_ip_hash_created_at_idx" ON "signature"("created_at") WHERE "ip_hash" IS NOT NULL;

-- A confirmed signature whose personal data was erased still counts, as an anonymous
-- tombstone like withdrawn and invalidated ones.
ALTER TABLE "signature" DROP CONSTRAINT "signature_personal_data_check";
ALTER TABLE "signature" ADD CONSTRAINT "signature_personal_data_check" CHECK (
    ("status"::text = 'WITHDRAWN' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "withdrawn_at" IS NOT NULL AND "invalidation_id" IS NULL)
    OR ("status"::text = 'INVALIDATED' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "withdrawn_at" IS NULL AND "invalidation_id" IS NOT NULL)
    OR ("status"::text = 'CONFIRMED' AND "erased_at" IS NOT NULL AND "name" IS NULL AND "email" IS NULL
        AND "email_canonical" IS NULL AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL
        AND "withdraw_token_hash" IS NULL AND "withdrawn_at" IS NULL AND "invalidation_id" IS NULL)
    OR ("status"::text IN ('PENDING', 'CONFIRMED') AND "erased_at" IS NULL AND "name" IS NOT NULL
        AND "email" IS NOT NULL AND "email_canonical" IS NOT NULL AND "withdrawn_at" IS NULL
        AND "invalidation_id" IS NULL)
);
