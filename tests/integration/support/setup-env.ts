import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL; point it at the test database before any module uses it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_SECRET = "integration-secret-0123456789abcdef0123";
process.env.SITE_URL = "http://localhost:3000";
