-- The emails a mailbox receives from signing, counted on its signature row (one row per
-- mailbox), so no one can use the form to flood someone else's inbox: a few emails in a
-- rolling day, and the "already signed" notice at most once a day.
ALTER TABLE "signature"
    ADD COLUMN "email_window_started_at" TIMESTAMPTZ(3),
    ADD COLUMN "emails_in_window" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "already_signed_sent_at" TIMESTAMPTZ(3),
    ADD CONSTRAINT "signature_emails_in_window_check" CHECK ("emails_in_window" >= 0);

-- Rows stored before this migration each had their confirmation email.
UPDATE "signature" SET "emails_in_window" = 1, "email_window_started_at" = "created_at"
WHERE "email" IS NOT NULL;
