/** A polite live region with a spinner, for content on its way. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <p role="status" className="loading-status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
