export function App() {
  return (
    <main>
      <h1>1000proxy</h1>
      <p>Fast, private proxy and VPN access, delivered in seconds.</p>
    </main>
  );
}
