// Alert channels through the real server and the fake EVE servers' Discord and Slack webhooks, at a desktop and a
// phone size: add a Discord channel and test it (delivered), add a Slack one whose webhook was deleted and test it
// (gone), remove both. Each screen fits the window and passes axe-core (screenshots alerts-<size>-*.png). The fake
// must be allowed: EVESEAT_ALERTS_WEBHOOK_PREFIXES as the fake EVE servers print it.
// By hand: BASE_URL=http://localhost:8080/ WEBHOOK_PREFIX=http://127.0.0.1:18083/ node e2e/alerts-journey.mjs
import assert from 'node:assert/strict'
import {
  assertAccessible, assertFitsWidth, assertNoScriptErrors, DESKTOP, logInOrStay, newPage, PHONE, run, screenshot,
} from './harness.mjs'

const PREFIX = process.env.WEBHOOK_PREFIX ?? 'http://127.0.0.1:18083/'

async function addChannel(page, kind, name, webhook) {
  await page.getByTestId('channel-kind').selectOption(kind)
  await page.getByTestId('channel-name').fill(name)
  await page.getByTestId('channel-webhook').fill(webhook)
  await page.getByRole('button', { name: 'Add channel' }).click()
  await page.getByTestId('alert-channels').locator('tbody tr').filter({ hasText: name }).waitFor()
}

/** Channels of these names that an earlier run left (it failed before removing them), removed through the API. */
async function removeLeftOvers(page, names) {
  const removed = await page.evaluate(async (wanted) => {
    const channels = await (await fetch('/api/v1/alert-channels')).json()
    const old = channels.filter((c) => wanted.includes(c.name))
    for (const c of old) await fetch(`/api/v1/alert-channels/${c.id}`, { method: 'DELETE' })
    return old.length
  }, names)
  if (removed > 0) await page.reload()
}

async function journey(browser, size, viewport) {
  const page = await newPage(browser)
  await page.setViewportSize(viewport)
  await logInOrStay(page)
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Alerts', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Alert channels' }).waitFor()
  const discord = `Discord ${size}`
  const slack = `Slack ${size}`
  await removeLeftOvers(page, [discord, slack])
  await addChannel(page, 'discord', discord, `${PREFIX}api/webhooks/${Date.now()}/token-${size}`)
  await page.getByRole('button', { name: `Post a test message to ${discord}` }).click()
  await page.getByTestId('channel-notice').filter({ hasText: `${discord}: Delivered` }).waitFor()
  await addChannel(page, 'slack', slack, `${PREFIX}services/T1/B1/deleted`)
  await page.getByRole('button', { name: `Post a test message to ${slack}` }).click()
  await page.getByTestId('channel-notice').filter({ hasText: `${slack}: Webhook gone` }).waitFor()
  const table = await page.getByTestId('alert-channels').textContent()
  assert.doesNotMatch(table, /token-/, 'webhooks are shown without their token')
  await assertFitsWidth(page, `alert channels at ${size} size`)
  await assertAccessible(page, `alert channels at ${size} size`)
  await screenshot(page, `alerts-${size}-channels`)
  for (const name of [discord, slack]) {
    await page.getByRole('button', { name: `Remove ${name}` }).click()
    await page.getByTestId('channel-notice').filter({ hasText: `Removed ${name}` }).waitFor()
  }
  assertNoScriptErrors(page)
  await page.context().close()
}

await run([
  ['alert channels at desktop size', (browser) => journey(browser, 'desktop', DESKTOP)],
  ['alert channels at phone size', (browser) => journey(browser, 'phone', PHONE)],
])
