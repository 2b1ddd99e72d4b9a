import { useState } from 'react'
import type { AuthConfig } from '../api/types'

interface SsoSetupHelpProps {
  config: AuthConfig
}

/** Instructions for the server operator when EVE SSO has no client credentials yet. */
export function SsoSetupHelp({ config }: SsoSetupHelpProps) {
  const [copied, setCopied] = useState(false)
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined

  async function copyCallbackUrl() {
    try {
      await navigator.clipboard.writeText(config.callbackUrl)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <section className="panel sso-setup" data-testid="sso-setup-help">
      <h2>EVE Online login is not set up yet</h2>
      <p>
        This EVESeat server has no EVE Online SSO application configured, so nobody can log in.
        The server operator needs to do this once:
      </p>
      <ol>
        <li>
          Register an application at{' '}
          <a href={config.developersUrl} target="_blank" rel="noreferrer">
            {config.developersUrl}
          </a>
          .
        </li>
        <li>
          Choose <strong>Authentication &amp; API Access</strong> as the connection type.
        </li>
        <li>
          Set the callback URL to exactly:
          <div className="copyable">
            <code data-testid="callback-url">{config.callbackUrl}</code>
            {canCopy && (
              <button type="button" className="button secondary small" onClick={copyCallbackUrl}>
                {copied ? 'Copied' : 'Copy'}
              </button>
            )}
          </div>
        </li>
        <li>
          Select these scopes:
          <ul className="scope-list" data-testid="sso-scopes">
            {config.scopes.map((scope) => (
              <li key={scope}>
                <code>{scope}</code>
              </li>
            ))}
          </ul>
        </li>
        <li>
          Put the application&apos;s client ID and secret into the environment variables{' '}
          <code>EVESEAT_SSO_CLIENT_ID</code> and <code>EVESEAT_SSO_CLIENT_SECRET</code>, then
          restart EVESeat.
        </li>
      </ol>
    </section>
  )
}
