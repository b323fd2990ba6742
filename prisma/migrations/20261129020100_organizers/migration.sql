-- Organizers: sign-in links, sessions, invalidations of abusive signatures, export audit log.

-- One row per sign-in link sent. Only a hash of the link's token is kept; a link works
-- once, and only until it expires.
CREATE TABLE "organizer_login" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    CONSTRAINT "organizer_login_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "organizer_login_token_hash_key" ON "organizer_login"("token_hash");

-- Signed-in organizers. The cookie holds a random token; only its hash is kept here.
CREATE TABLE "organizer_session" (
    "token_hash" VARCHAR(64) NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "organizer_session_pkey" PRIMARY KEY ("token_hash")
);

-- Every invalidation, with the criterion used and how many signatures it set aside.
CREATE TABLE "signature_invalidation" (
    "id" UUID NOT NULL,
    "organizer_email" TEXT NOT NULL,
    "email_domain" TEXT,
    "ip_hash" VARCHAR(64),
    "signed_from" TIMESTAMPTZ(3),
    "signed_until" TIMESTAMPTZ(3),
    "signature_count" INTEGER NOT NULL,
    "confirmed_count" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "signature_invalidation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "signature_invalidation_criterion_check" CHECK (
        "email_domain" IS NOT NULL OR "ip_hash" IS NOT NULL OR "signed_from" IS NOT NULL OR "signed_until" IS NOT NULL)
);

ALTER TABLE "signature" ADD COLUMN "invalidation_id" UUID;
ALTER TABLE "signature" ADD CONSTRAINT "signature_invalidation_id_fkey"
    FOREIGN KEY ("invalidation_id") REFERENCES "signature_invalidation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE INDEX "signature_invalidation_id_idx" ON "signature"("invalidation_id");
-- Abuse signals read the last hour of signatures.
CREATE INDEX "signature_created_at_idx" ON "signature"("created_at");

-- Invalidated signatures keep no personal data either: like withdrawn ones, they stay as
-- anonymous tombstones, and their owners may sign again.
ALTER TABLE "signature" DROP CONSTRAINT "signature_personal_data_check";
ALTER TABLE "signature" ADD CONSTRAINT "signature_personal_data_check" CHECK (
    ("status"::text = 'WITHDRAWN' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "withdrawn_at" IS NOT NULL AND "invalidation_id" IS NULL)
    OR ("status"::text = 'INVALIDATED' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "withdrawn_at" IS NULL AND "invalidation_id" IS NOT NULL)
    OR ("status"::text IN ('PENDING', 'CONFIRMED') AND "name" IS NOT NULL AND "email" IS NOT NULL
        AND "email_canonical" IS NOT NULL AND "withdrawn_at" IS NULL AND "invalidation_id" IS NULL)
);

ALTER TABLE "signature" DROP CONSTRAINT "signature_confirmed_at_check";
ALTER TABLE "signature" ADD CONSTRAINT "signature_confirmed_at_check" CHECK (
    ("status"::text = 'PENDING') = ("confirmed_at" IS NULL) OR "status"::text IN ('WITHDRAWN', 'INVALIDATED'));

-- Who exported what, when, and how many rows. row_count stays null when a download
-- was interrupted before its last row.
CREATE TABLE "export_log" (
    "id" UUID NOT NULL,
    "organizer_email" TEXT NOT NULL,
    "export" VARCHAR(40) NOT NULL,
    "range_from" DATE,
    "range_to" DATE,
    "row_count" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    CONSTRAINT "export_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "export_log_created_at_idx" ON "export_log"("created_at");
