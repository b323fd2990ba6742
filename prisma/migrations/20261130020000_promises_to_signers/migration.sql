-- What the site promises signers: a record of the privacy notice each one accepted, a public
-- list of names by choice (which organizers can hide, with a logged reason), campaign news
-- sent only to those who asked, a one-click way to stop it, and one reminder to confirm.

-- Every version of the privacy notice, per language, with its full text. The version is
-- the SHA-256 of the text, so the same words always have the same version.
CREATE TABLE "privacy_notice" (
    "id" UUID NOT NULL,
    "locale" VARCHAR(5) NOT NULL,
    "version" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "first_shown_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "privacy_notice_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "privacy_notice_locale_version_key" ON "privacy_notice"("locale", "version");

CREATE TYPE "consent_event_kind" AS ENUM ('SIGNED', 'CONFIRMED', 'WITHDRAWN', 'INVALIDATED', 'NEWS_UNSUBSCRIBED');

-- What a signer agreed to and when. No personal data: it outlives the name and email
-- (withdrawal and erasure keep it) as the anonymous proof of consent and of its withdrawal.
CREATE TABLE "consent_event" (
    "id" UUID NOT NULL,
    "signature_id" UUID NOT NULL,
    "kind" "consent_event_kind" NOT NULL,
    "notice_id" UUID,
    "locale" VARCHAR(5) NOT NULL,
    "show_name" BOOLEAN,
    "wants_updates" BOOLEAN,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "consent_event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "consent_event_signature_id_fkey" FOREIGN KEY ("signature_id")
        REFERENCES "signature"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "consent_event_notice_id_fkey" FOREIGN KEY ("notice_id")
        REFERENCES "privacy_notice"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "consent_event_signature_id_idx" ON "consent_event"("signature_id");
CREATE INDEX "consent_event_notice_id_idx" ON "consent_event"("notice_id");

-- The link in every news email that stops news at once (only its hash is kept), and the
-- one reminder a signer who has not confirmed after a day may get.
ALTER TABLE "signature" ADD COLUMN "unsubscribe_token_hash" VARCHAR(64);
ALTER TABLE "signature" ADD COLUMN "reminder_sent_at" TIMESTAMPTZ(3);
CREATE UNIQUE INDEX "signature_unsubscribe_token_hash_key" ON "signature"("unsubscribe_token_hash");

-- The public list reads confirmed names newest first; the reminder looks up old pending rows.
CREATE INDEX "signature_public_list_idx" ON "signature"("confirmed_at" DESC, "id")
    WHERE "status" = 'CONFIRMED' AND "show_name" AND "name" IS NOT NULL;
CREATE INDEX "signature_reminder_idx" ON "signature"("confirm_token_issued_at")
    WHERE "status" = 'PENDING' AND "reminder_sent_at" IS NULL;

-- An organizer hid a name from the public list: who, why, when. The signature still counts.
CREATE TABLE "public_name_hiding" (
    "id" UUID NOT NULL,
    "signature_id" UUID NOT NULL,
    "organizer_email" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "public_name_hiding_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "public_name_hiding_signature_id_fkey" FOREIGN KEY ("signature_id")
        REFERENCES "signature"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "public_name_hiding_signature_id_key" ON "public_name_hiding"("signature_id");

-- Campaign news, written in both languages. Bodies are plain text with blank lines between
-- paragraphs and bare links; no HTML is ever stored or rendered from them.
CREATE TYPE "news_status" AS ENUM ('DRAFT', 'PUBLISHED');

CREATE TABLE "news_update" (
    "id" UUID NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "status" "news_status" NOT NULL DEFAULT 'DRAFT',
    "title_es" VARCHAR(160) NOT NULL,
    "body_es" TEXT NOT NULL,
    "title_en" VARCHAR(160) NOT NULL,
    "body_en" TEXT NOT NULL,
    "author_email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    -- When an organizer chose to email it to signers who asked for news (at most once).
    "email_queued_at" TIMESTAMPTZ(3),
    CONSTRAINT "news_update_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "news_update_slug_key" ON "news_update"("slug");
CREATE INDEX "news_update_status_published_at_idx" ON "news_update"("status", "published_at");

CREATE TYPE "news_delivery_status" AS ENUM ('QUEUED', 'SENT', 'SKIPPED', 'FAILED');

-- One row per update and recipient: the primary key is what makes "at most once" hold
-- through retries, second clicks and several workers.
CREATE TABLE "news_delivery" (
    "update_id" UUID NOT NULL,
    "signature_id" UUID NOT NULL,
    "status" "news_delivery_status" NOT NULL DEFAULT 'QUEUED',
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "news_delivery_pkey" PRIMARY KEY ("update_id", "signature_id"),
    CONSTRAINT "news_delivery_update_id_fkey" FOREIGN KEY ("update_id")
        REFERENCES "news_update"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "news_delivery_signature_id_fkey" FOREIGN KEY ("signature_id")
        REFERENCES "signature"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "news_delivery_update_id_status_idx" ON "news_delivery"("update_id", "status");
CREATE INDEX "news_delivery_signature_id_idx" ON "news_delivery"("signature_id");

-- Withdrawn, set-aside and erased signatures keep no unsubscribe link either.
ALTER TABLE "signature" DROP CONSTRAINT "signature_personal_data_check";
ALTER TABLE "signature" ADD CONSTRAINT "signature_personal_data_check" CHECK (
    ("status"::text = 'WITHDRAWN' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "unsubscribe_token_hash" IS NULL
        AND "withdrawn_at" IS NOT NULL AND "invalidation_id" IS NULL)
    OR ("status"::text = 'INVALIDATED' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
        AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
        AND "unsubscribe_token_hash" IS NULL
        AND "withdrawn_at" IS NULL AND "invalidation_id" IS NOT NULL)
    OR ("status"::text = 'CONFIRMED' AND "erased_at" IS NOT NULL AND "name" IS NULL AND "email" IS NULL
        AND "email_canonical" IS NULL AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL
        AND "withdraw_token_hash" IS NULL AND "unsubscribe_token_hash" IS NULL
        AND "withdrawn_at" IS NULL AND "invalidation_id" IS NULL)
    OR ("status"::text IN ('PENDING', 'CONFIRMED') AND "erased_at" IS NULL AND "name" IS NOT NULL
        AND "email" IS NOT NULL AND "email_canonical" IS NOT NULL AND "withdrawn_at" IS NULL
        AND "invalidation_id" IS NULL)
);
