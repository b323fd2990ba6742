-- Next.js's cache, shared by every server process and instance (lib/cache/): rendered pages,
-- route responses and unstable_cache data, one row per build and key. Entries of earlier
-- builds are never read (their pages name other scripts) and are deleted once they expire.
CREATE TABLE "next_cache_entry" (
    "build_id"      TEXT NOT NULL,
    "key"           TEXT NOT NULL,
    -- Next's kind of value (APP_PAGE, APP_ROUTE, FETCH...), for whoever looks at the table.
    "kind"          TEXT NOT NULL,
    -- The value as node:v8 serializes it: pages hold Buffers and Maps, which JSON does not.
    "value"         BYTEA NOT NULL,
    "tags"          TEXT[] NOT NULL DEFAULT '{}',
    "last_modified" TIMESTAMPTZ(3) NOT NULL,
    "expires_at"    TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "next_cache_entry_pkey" PRIMARY KEY ("build_id", "key")
);

-- The sweep deletes by expiry.
CREATE INDEX "next_cache_entry_expires_at_idx" ON "next_cache_entry"("expires_at");

-- revalidateTag/updateTag from any process: entries written before stale_at are stale, those
-- written before expired_at expire once it has passed. Changes are announced with
-- NOTIFY next_cache_tags.
CREATE TABLE "next_cache_tag" (
    "tag"        TEXT NOT NULL,
    "stale_at"   TIMESTAMPTZ(3),
    "expired_at" TIMESTAMPTZ(3),

    CONSTRAINT "next_cache_tag_pkey" PRIMARY KEY ("tag")
);
