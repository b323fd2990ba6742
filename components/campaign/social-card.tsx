// The share image (Open Graph and Twitter), drawn by next/og. Only flexbox and inline
// styles are available there, hence the style objects; the colours are the site's own.
export interface SocialCardProps {
  title: string;
  /** The count line, absent when the figures could not be read. */
  countLine?: string;
  cta: string;
  host: string;
}

export function SocialCard({ title, countLine, cta, host }: SocialCardProps) {
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
        <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
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
