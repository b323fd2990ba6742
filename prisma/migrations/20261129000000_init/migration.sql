-- Campaign settings organizers change without code.
CREATE TABLE "campaign_setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "campaign_setting_pkey" PRIMARY KEY ("key")
);
