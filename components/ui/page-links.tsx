import Link from "next/link";

/** Previous / "page N of M" / next links under a paged list; the caller names the words and the links. */
export function PageLinks({ page, pages, href, labels }: { page: number; pages: number; href: (page: number) => string; labels: { nav: string; previous: string; next: string; pageOf: string } }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="row pagination">
      {page > 1 && <Link href={href(page - 1)}>{labels.previous}</Link>}
      <span aria-current="page">{labels.pageOf}</span>
      {page < pages && <Link href={href(page + 1)}>{labels.next}</Link>}
    </nav>
  );
}
