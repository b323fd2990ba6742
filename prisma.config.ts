import { defineConfig } from "prisma/config";

// `prisma generate` needs no database, so a missing DATABASE_URL must not stop it
// (prisma/config's env() helper would throw). Commands that do need one
// (`prisma migrate deploy` on a machine with Prisma's engine) read it here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
