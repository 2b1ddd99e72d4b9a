import type { ReactNode } from 'react'

interface HeaderProps {
  children?: ReactNode
}

export function Header({ children }: HeaderProps) {
  return (
    <header className="app-header">
      <h1 className="brand">EVESeat</h1>
      {children && <div className="header-actions">{children}</div>}
    </header>
  )
}
