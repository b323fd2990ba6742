export default function ThanksPage() {
  return <p>Thanks</p>;
}
