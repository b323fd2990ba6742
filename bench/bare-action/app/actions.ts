"use server";

import { redirect } from "next/navigation";
import pg from "pg";

// One pool per server process, as the site keeps one.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export async function sign(formData: FormData): Promise<void> {
  await pool.query(
    "INSERT INTO bare_action_signature (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING",
    [String(formData.get("email")), String(formData.get("name"))],
  );
  redirect("/thanks");
}
