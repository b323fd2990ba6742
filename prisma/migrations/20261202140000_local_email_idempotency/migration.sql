-- The local outbox honours the idempotency key every email carries, as Resend does: a job
-- that runs again after a crash (its first run's completion was lost) stores no second copy.
ALTER TABLE "local_email" ADD COLUMN "idempotency_key" TEXT;

CREATE UNIQUE INDEX "local_email_idempotency_key_key" ON "local_email"("idempotency_key");
