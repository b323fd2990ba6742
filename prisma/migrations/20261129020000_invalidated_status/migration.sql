-- Signatures an organizer set aside as abuse. A new enum value cannot be used in the
-- transaction that adds it, so it comes in a migration of its own.
ALTER TYPE "signature_status" ADD VALUE 'INVALIDATED';
