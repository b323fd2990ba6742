import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL; point it at the test database before any module uses it.
process.env.DATABASE_URL = inject("databaseUrl");
