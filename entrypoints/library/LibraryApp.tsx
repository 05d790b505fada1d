export function LibraryApp() {
  return (
    <main>
      <h1>Care Review Lens library</h1>
    </main>
  );
}
