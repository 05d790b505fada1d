export function PopupApp() {
  return (
    <main>
      <h1>Care Review Lens</h1>
    </main>
  );
}
