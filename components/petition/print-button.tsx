"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button";

const noSubscription = () => () => {};

/**
 * Opens the browser's print dialog. It appears only once JavaScript runs: without it the
 * button could do nothing, and the page's hint explains the browser's own print menu.
 */
export function PrintButton({ label }: { label: string }) {
  const canPrint = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!canPrint) return null;
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
      {label}
    </button>
  );
}
