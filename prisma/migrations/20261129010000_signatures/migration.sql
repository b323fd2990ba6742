CREATE TYPE "signature_status" AS ENUM ('PENDING', 'CONFIRMED', 'WITHDRAWN');

CREATE TABLE "signature" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "signature_status" NOT NULL DEFAULT 'PENDING',
    "name" TEXT,
    "email" TEXT,
    "email_canonical" TEXT,
    "country_code" CHAR(2) NOT NULL,
    "state_code" VARCHAR(3),
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "wants_updates" BOOLEAN NOT NULL DEFAULT false,
    "locale" VARCHAR(5) NOT NULL,
    "source" VARCHAR(64),
    "ip_hash" VARCHAR(64),
    "confirm_token_hash" VARCHAR(64),
    "confirm_token_issued_at" TIMESTAMPTZ(3),
    "withdraw_token_hash" VARCHAR(64),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "withdrawn_at" TIMESTAMPTZ(3),
    CONSTRAINT "signature_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "signature_country_code_check" CHECK ("country_code" ~ '^[A-Z]{2}$'),
    -- A state only for residents of Mexico, and then always one of the 32 federal entities.
    CONSTRAINT "signature_state_code_check" CHECK (
        ("country_code" = 'MX' AND "state_code" IN (
            'AGU','BCN','BCS','CAM','CHP','CHH','COA','COL','CMX','DUR','GUA','GRO','HID','JAL','MEX','MIC',
            'MOR','NAY','NLE','OAX','PUE','QUE','ROO','SLP','SIN','SON','TAB','TAM','TLA','VER','YUC','ZAC'))
        OR ("country_code" <> 'MX' AND "state_code" IS NULL)
    ),
    CONSTRAINT "signature_locale_check" CHECK ("locale" IN ('es', 'en')),
    -- Live signatures carry their contact data; withdrawn ones carry none.
    CONSTRAINT "signature_personal_data_check" CHECK (
        ("status" = 'WITHDRAWN' AND "name" IS NULL AND "email" IS NULL AND "email_canonical" IS NULL
            AND "ip_hash" IS NULL AND "confirm_token_hash" IS NULL AND "withdraw_token_hash" IS NULL
            AND "withdrawn_at" IS NOT NULL)
        OR ("status" <> 'WITHDRAWN' AND "name" IS NOT NULL AND "email" IS NOT NULL
            AND "email_canonical" IS NOT NULL AND "withdrawn_at" IS NULL)
    ),
    CONSTRAINT "signature_confirmed_at_check" CHECK (("status" = 'PENDING') = ("confirmed_at" IS NULL) OR "status" = 'WITHDRAWN')
);

CREATE UNIQUE INDEX "signature_email_canonical_key" ON "signature"("email_canonical");
CREATE UNIQUE INDEX "signature_confirm_token_hash_key" ON "signature"("confirm_token_hash");
CREATE UNIQUE INDEX "signature_withdraw_token_hash_key" ON "signature"("withdraw_token_hash");
CREATE INDEX "signature_status_confirmed_at_idx" ON "signature"("status", "confirmed_at");

CREATE TABLE "signature_count" (
    "scope" VARCHAR(10) NOT NULL,
    "code" VARCHAR(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "signature_count_pkey" PRIMARY KEY ("scope", "code"),
    CONSTRAINT "signature_count_scope_check" CHECK ("scope" IN ('total', 'state', 'country')),
    CONSTRAINT "signature_count_count_check" CHECK ("count" >= 0)
);

INSERT INTO "signature_count" ("scope", "code", "count") VALUES ('total', 'all', 0);

CREATE TABLE "signature_daily_count" (
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "signature_daily_count_pkey" PRIMARY KEY ("day"),
    CONSTRAINT "signature_daily_count_count_check" CHECK ("count" >= 0)
);

CREATE TABLE "local_email" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "local_email_pkey" PRIMARY KEY ("id")
);
