import type { ReactNode } from "react";
import { parseNewsBody } from "@/lib/news/body";
import { NewsBody } from "./news-body";
import styles from "./news.module.css";

interface NewsArticleProps {
  title: string;
  body: string;
  /** The publication (and correction) dates, in words. */
  meta: ReactNode;
  siteOrigin: string;
  /** 1 on the update's own page, lower where it sits inside another page (the preview). */
  headingLevel?: 1 | 3;
  /** The language of the text, when it differs from the page's. */
  lang?: string;
}

/** An update as readers see it: title, dates and text. The preview uses it too. */
export function NewsArticle({ title, body, meta, siteOrigin, headingLevel = 1, lang }: NewsArticleProps) {
  const Heading = headingLevel === 1 ? "h1" : "h3";
  return (
    <article className={styles.article} lang={lang}>
      <Heading className={styles.title}>{title}</Heading>
      <p className={styles.meta}>{meta}</p>
      <div className={styles.body}>
        <NewsBody paragraphs={parseNewsBody(body)} siteOrigin={siteOrigin} />
      </div>
    </article>
  );
}
