import { sign } from "./actions";

export default function SignPage() {
  return (
    <form action={sign}>
      <input name="name" required />
      <input name="email" type="email" required />
      <button type="submit">Sign</button>
    </form>
  );
}
