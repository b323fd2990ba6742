import layout from "@/components/ui/layout.module.css";
import messages from "@/messages/es.json";
import "./[locale]/globals.css";
import styles from "./not-found.module.css";

// Requests outside any locale that the proxy does not route (for example a missing
// file) end here. It is rendered without a locale, so it speaks the default language.
export default function GlobalNotFound() {
  const t = messages.NotFoundPage;
  return (
    <html lang="es">
      <body>
        <main className={`${layout.container} ${styles.page}`}>
          <h1>{t.title}</h1>
          <p>{t.body}</p>
          <p>
            {/* A plain link: the site's pages have another root layout, so next/link would load
                the page in full anyway, and importing it here adds a script to every page. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/es">{t.backHome}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
