import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import styles from "./digital-violence-forms.module.css";

const FORMS = ["intimateContent", "trafficking", "sextortion", "harassment"] as const;

// Simple line icons; each form is named in text beside its icon, so the icons are decorative.
const ICONS: Record<(typeof FORMS)[number], ReactNode> = {
  intimateContent: (
    <>
      <rect x="5" y="3" width="14" height="18" rx="2" />
      <path d="M9 11a3 3 0 0 1 6 0v2H9z" />
      <path d="M10 16h4" />
    </>
  ),
  trafficking: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
    </>
  ),
  sextortion: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
      <path d="M12 16v.01" />
    </>
  ),
  harassment: (
    <>
      <path d="M4 5h16v10H9l-5 4z" />
      <path d="M12 8v3M12 13v.01" />
    </>
  ),
};

/** The forms of digital violence the founding letter names, each with a plain description. */
export function DigitalViolenceForms() {
  const t = useTranslations("DigitalViolence");
  return (
    <ul className={styles.forms}>
      {FORMS.map((form) => (
        <li key={form} className={styles.item}>
          <svg
            viewBox="0 0 24 24"
            width="40"
            height="40"
            aria-hidden="true"
            focusable="false"
            className={styles.icon}
          >
            {ICONS[form]}
          </svg>
          <div>
            <h3 className={styles.name}>{t(`${form}.name`)}</h3>
            <p>{t(`${form}.body`)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
