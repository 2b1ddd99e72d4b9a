import { Suspense, useEffect, useRef, type ReactNode } from 'react'

let firstPage = true

/**
 * A page of the app: its heading, the document title, and, after a navigation (not on the first load), the
 * keyboard and screen-reader focus on the heading, as a new document would have. Its code loads on first use.
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · EVESeat`
    if (firstPage) {
      firstPage = false
    } else {
      heading.current?.focus()
    }
  }, [title])
  return (
    <>
      <h1 className="page-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <Suspense fallback={<p className="muted" role="status">Loading…</p>}>{children}</Suspense>
    </>
  )
}
