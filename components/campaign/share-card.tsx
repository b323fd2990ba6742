// The share image (Open Graph and Twitter), drawn by next/og. Only flexbox and inline
// styles are available there, hence the style objects; the colours are the site's own.
export interface ShareCardProps {
  /** The page's title in its language. */
  title: string;
  /** The count line, absent when the figures could not be read or nobody has signed yet. */
  countLine?: string;
  cta: string;
  host: string;
}

// Long titles (news updates, the Convention page) get a smaller size so that three lines fit
// between the hashtag and the call to sign.
function titleSize(title: string): number {
  if (title.length <= 32) return 76;
  if (title.length <= 60) return 64;
  return 52;
}

export function ShareCard({ title, countLine, cta, host }: ShareCardProps) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#5b2a86",
        color: "#ffffff",
      }}
    >
      <div style={{ fontSize: 36, fontWeight: 700, color: "#e2cdfa" }}>#BudapestConventionMx</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div
          style={{
            fontSize: titleSize(title),
            fontWeight: 700,
            lineHeight: 1.1,
            maxHeight: 3 * 1.1 * titleSize(title),
            overflow: "hidden",
          }}
        >
          {title}
        </div>
        {countLine && <div style={{ fontSize: 44 }}>{countLine}</div>}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", fontSize: 32 }}>
        <div
          style={{
            background: "#ffffff",
            color: "#431e63",
            padding: "14px 28px",
            borderRadius: 12,
            fontWeight: 700,
          }}
        >
          {cta}
        </div>
        <div style={{ color: "#e2cdfa" }}>{host}</div>
      </div>
    </div>
  );
}
