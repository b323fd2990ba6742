"use client";

import { useState, useSyncExternalStore } from "react";
import styles from "./share-row.module.css";

interface ShareButtonsProps {
  url: string;
  title: string;
  text: string;
  copyLabel: string;
  copiedLabel: string;
  shareLabel: string;
}

const subscribeToNothing = () => () => undefined;

/** Buttons that need JavaScript (copy, the system share sheet); absent without it. */
export function ShareButtons({ url, title, text, copyLabel, copiedLabel, shareLabel }: ShareButtonsProps) {
  const [copied, setCopied] = useState(false);
  const canCopy = useSyncExternalStore(
    subscribeToNothing,
    () => !!navigator.clipboard,
    () => false,
  );
  const canShare = useSyncExternalStore(
    subscribeToNothing,
    () => typeof navigator.share === "function",
    () => false,
  );

  return (
    <>
      {canCopy && (
        <li>
          <button
            type="button"
            className={styles.link}
            onClick={async () => {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            }}
          >
            {copyLabel}
          </button>
          <span role="status" className={styles.copied}>
            {copied ? copiedLabel : ""}
          </span>
        </li>
      )}
      {canShare && (
        <li>
          <button
            type="button"
            className={styles.link}
            onClick={() => navigator.share({ title, text, url }).catch(() => undefined)}
          >
            {shareLabel}
          </button>
        </li>
      )}
    </>
  );
}
