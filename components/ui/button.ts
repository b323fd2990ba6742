import styles from "./button.module.css";

export type ButtonVariant = "primary" | "secondary" | "inverse" | "danger";

/**
 * The class of a button, or of a link that looks like one: `<Link className={buttonClass("secondary")}>`.
 * A function rather than a component, so links, submit buttons and `<summary>` share it.
 */
export function buttonClass(
  variant: ButtonVariant = "primary",
  { small = false, block = false }: { small?: boolean; block?: boolean } = {},
): string {
  return [
    styles.button,
    variant === "primary" ? undefined : styles[variant],
    small ? styles.small : undefined,
    block ? styles.block : undefined,
  ]
    .filter(Boolean)
    .join(" ");
}
