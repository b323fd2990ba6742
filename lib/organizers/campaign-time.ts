// Moved to lib/campaign-time.ts; kept only for lib/organizers/dashboard.ts until its import changes.
export { campaignDay } from "@/lib/campaign-time";
