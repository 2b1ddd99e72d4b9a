import { useState, type FormEvent } from 'react'
import {
  addAlertChannel, fetchAlertChannels, removeAlertChannel, testAlertChannel, type AlertChannel, type ChannelKind,
  type Delivery, type DeliveryStatus,
} from '../../api/alerts'
import { errorMessage } from '../../api/client'
import { AsyncView } from '../../components/AsyncView'
import { DataTable, type Column } from '../../components/DataTable'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Panel } from '../../components/Panel'
import { formatInstant } from '../../format'
import { useAsync } from '../../hooks/useAsync'

const KINDS: Record<ChannelKind, { label: string; placeholder: string; help: string }> = {
  discord: {
    label: 'Discord',
    placeholder: 'https://discord.com/api/webhooks/…',
    help: 'In Discord: the channel\u2019s settings, Integrations, Webhooks, New Webhook, Copy Webhook URL.',
  },
  slack: {
    label: 'Slack',
    placeholder: 'https://hooks.slack.com/services/…',
    help: 'In Slack: an app with Incoming Webhooks turned on, Add New Webhook to Workspace, pick the channel, copy the URL.',
  },
}

const STATUS: Record<DeliveryStatus, { label: string; tone: string }> = {
  NEVER: { label: 'Nothing posted yet', tone: '' },
  DELIVERED: { label: 'Delivered', tone: 'good' },
  FAILED: { label: 'Failed', tone: 'danger' },
  GONE: { label: 'Webhook gone', tone: 'danger' },
}

function deliveryText(delivery: Delivery): string {
  if (delivery.status === 'NEVER') return 'Nothing posted yet'
  const when = delivery.at ? ` ${formatInstant(delivery.at)}` : ''
  return `${STATUS[delivery.status].label}${when}${delivery.detail ? `: ${delivery.detail}` : ''}`
}

function columns(test: (c: AlertChannel) => void, remove: (c: AlertChannel) => void, busy: boolean): Column<AlertChannel>[] {
  return [
    { header: 'Channel', sort: (c) => c.name, cell: (c) => c.name },
    { header: 'Service', sort: (c) => c.kind, cell: (c) => KINDS[c.kind].label },
    { header: 'Webhook', sort: (c) => c.webhook, className: () => 'break', cell: (c) => c.webhook },
    {
      header: 'Last post', sort: (c) => c.lastDelivery.at ?? '',
      cell: (c) => (
        <span data-testid="channel-delivery">
          <span className={`tag ${STATUS[c.lastDelivery.status].tone}`}>{STATUS[c.lastDelivery.status].label}</span>{' '}
          {c.lastDelivery.status === 'NEVER' ? '' : deliveryText(c.lastDelivery).slice(STATUS[c.lastDelivery.status].label.length)}
        </span>
      ),
    },
    {
      header: '', cell: (c) => (
        <span className="actions">
          <button type="button" className="button small" disabled={busy} onClick={() => test(c)}
            aria-label={`Post a test message to ${c.name}`}>Test</button>{' '}
          <button type="button" className="button secondary small" disabled={busy} onClick={() => remove(c)}
            aria-label={`Remove ${c.name}`}>Remove</button>
        </span>
      ),
    },
  ]
}

/** The account's Discord and Slack channels: alerts of its pilots and corporations are posted there. */
export function AlertChannelsPage() {
  const loaded = useAsync(fetchAlertChannels, [])
  const [kind, setKind] = useState<ChannelKind>('discord')
  const [name, setName] = useState('')
  const [webhook, setWebhook] = useState('')
  const [state, setState] = useState<{ busy: boolean; error?: string; notice?: string }>({ busy: false })

  async function run(work: () => Promise<string | undefined>) {
    setState({ busy: true })
    try {
      const notice = await work()
      setState({ busy: false, notice })
    } catch (e) {
      setState({ busy: false, error: errorMessage(e) })
    }
  }

  function add(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      const added = await addAlertChannel(kind, name, webhook)
      loaded.update((channels) => [...channels, added])
      setName('')
      setWebhook('')
      return `Added ${added.name}. Post a test message to check it.`
    })
  }

  const test = (channel: AlertChannel) => run(async () => {
    const delivery = await testAlertChannel(channel.id)
    loaded.update((channels) => channels.map((c) => (c.id === channel.id ? { ...c, lastDelivery: delivery } : c)))
    return `${channel.name}: ${deliveryText(delivery)}`
  })

  const remove = (channel: AlertChannel) => run(async () => {
    await removeAlertChannel(channel.id)
    loaded.update((channels) => channels.filter((c) => c.id !== channel.id))
    return `Removed ${channel.name}.`
  })

  return (
    <>
      {state.error && <ErrorBanner message={state.error} />}
      {state.notice && <p className="notice" role="status" data-testid="channel-notice">{state.notice}</p>}
      <Panel title="Alert channels">
        <p className="muted">
          Alerts of your pilots and of the corporations you may see (a market order outbid or undercut, a contract
          about to expire, a login EVE refused) show in this app and are posted to these channels too.
        </p>
        <AsyncView result={loaded.result} onRetry={loaded.reload}>
          {(channels) => channels.length === 0 ? (
            <p className="muted" data-testid="channels-empty">
              No channel yet: alerts show only in this app while it is open. Add a Discord or Slack webhook below.
            </p>
          ) : (
            <DataTable columns={columns(test, remove, state.busy)} rows={channels} rowKey={(c) => c.id}
              testId="alert-channels" caption="The webhook's token is never shown again after it is added." />
          )}
        </AsyncView>
      </Panel>
      <Panel title="Add a channel">
        <form className="filters" onSubmit={add} aria-label="Add an alert channel">
          <label>
            Service
            <select data-testid="channel-kind" value={kind} onChange={(e) => setKind(e.target.value as ChannelKind)}>
              <option value="discord">Discord</option>
              <option value="slack">Slack</option>
            </select>
          </label>
          <label>
            Name
            <input data-testid="channel-name" value={name} maxLength={100} required onChange={(e) => setName(e.target.value)}
              placeholder="Trade alerts" />
          </label>
          <label className="wide">
            Webhook URL
            <input data-testid="channel-webhook" value={webhook} maxLength={500} required type="url"
              onChange={(e) => setWebhook(e.target.value)} placeholder={KINDS[kind].placeholder} />
          </label>
          <button type="submit" className="button" disabled={state.busy}>Add channel</button>
        </form>
        <p className="muted" data-testid="channel-help">{KINDS[kind].help}</p>
      </Panel>
    </>
  )
}
