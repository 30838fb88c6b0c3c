/** The admin console (lazy chunk). */
export default function AdminApp() {
  return <h1>Admin</h1>;
}
