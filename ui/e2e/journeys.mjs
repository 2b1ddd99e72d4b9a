// The player's journeys through the real server (fake EVE SSO and ESI behind it). Run by WebUiJourneyIT during
// `mvn verify`, or by hand against a running server: BASE_URL=http://localhost:8080/ npm run e2e
import assert from 'node:assert/strict'
import {
  assertAccessible, assertFitsWidth, assertHeaderReadable, assertNoScriptErrors, awaitServer, BASE_URL, DESKTOP,
  newPage, PHONE, run, screenshot,
} from './harness.mjs'

// as long as EVE allows (37 characters), in a corporation with a name of EVE's longest (50): the header and the
// overview must still fit a phone (WebUiJourneyIT gives the same names)
const PILOT = 'Aurelianus Maximilian Vandenbergh Ito'
const CORPORATION = 'Interstellar Consolidated Mining and Salvage Corp.'
const MAIN_NAME = 'Main Pilot'
const NEW_BALANCE = '98,765,432.10 ISK'

let pilot // the logged-in pilot's page, shared by the journeys after the login

async function logIn(browser, who) {
  await awaitServer(`login-as-${who}`)
  const page = await newPage(browser)
  await page.goto(BASE_URL)
  await page.getByTestId('login-button').click()
  await page.getByTestId('logout-button').waitFor()
  return page
}

async function openPage(page, name) {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true }).click()
  await page.waitForURL(new RegExp(`/${name.toLowerCase()}$`))
}

async function loginJourney(browser) {
  const anonymous = await newPage(browser)
  await anonymous.goto(BASE_URL)
  await anonymous.getByTestId('login-button').waitFor()
  await screenshot(anonymous, '01-login')
  await anonymous.context().close()

  pilot = await logIn(browser, 'pilot')
  const row = pilot.getByTestId('character-row').filter({ hasText: PILOT })
  await row.getByText(/[\d,]+\.\d\d ISK/).waitFor()
  await pilot.getByTestId('unread-mail').filter({ hasText: /^\d+$/ }).waitFor()
  await pilot.getByTestId('active-contracts').filter({ hasText: /^\d+$/ }).waitFor()
  await pilot.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor()
  // where the pilot is and what they fly, by name (the fake ESI docks its pilots in Jita, Amarr or Perimeter)
  await row.getByTestId('status-location').filter({ hasText: /Jita|Amarr|Perimeter/ }).waitFor()
  await row.getByTestId('status-ship').filter({ hasText: /Rifter|Merlin|Drake|Tengu/ }).waitFor()
  await row.getByTestId('status-skills').filter({ hasText: /[\d,]+ SP/ }).waitFor()
  await row.getByText(CORPORATION).waitFor()
  await screenshot(pilot, '02-overview')
}

async function walletJourney() {
  await openPage(pilot, 'Wallet')
  const rows = pilot.getByTestId('journal-row')
  await rows.first().waitFor()
  assert.ok((await rows.count()) > 10, 'the journal shows the synced entries')
  await assertSyncedLine(pilot, 'Journal')
  await assertSyncedLine(pilot, 'Transactions')
  // the pilot holds no role in its corporation: the corporation's wallets say which roles they take
  await pilot.getByText(/^Reading the wallets of .+ takes the Director or Accountant role there/).waitFor()
  await pilot.getByTestId('isk-flow').locator('.recharts-bar-rectangle').first().waitFor()
  await screenshot(pilot, '03-wallet')

  const filters = pilot.getByRole('form', { name: 'Journal filters' })
  await filters.getByLabel('Min ISK').fill('0')
  await filters.getByRole('button', { name: 'Apply' }).click()
  await pilot.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="journal-row"] td:nth-child(5)')].every(
      (cell) => !cell.textContent.startsWith('-'),
    ),
  )
  assert.ok((await rows.count()) > 0, 'income entries remain after filtering')
}

async function liveWalletJourney() {
  await awaitServer('wallet-event')
  await pilot.getByTestId('live-notice').waitFor()
  await pilot.getByTestId('wallet-balance').filter({ hasText: NEW_BALANCE }).waitFor()
  await screenshot(pilot, '04-wallet-live')
}

async function mailJourney() {
  await openPage(pilot, 'Mail')
  const headers = pilot.getByTestId('mail-header')
  await headers.first().waitFor()
  await assertSyncedLine(pilot, 'Mail')
  await headers.first().click()
  await pilot.getByTestId('mail-body').waitFor()
  assert.equal(await pilot.locator('.mail-body script').count(), 0)
  await screenshot(pilot, '05-mail')

  await pilot.getByTestId('compose').click()
  const form = pilot.getByTestId('compose-form')
  // any pilot by exact name, through the server's lookup of EVE's names
  await form.getByTestId('recipient-search').fill(MAIN_NAME)
  await form.getByRole('option', { name: new RegExp(MAIN_NAME) }).waitFor()
  await form.getByTestId('recipient-search').press('Enter')
  await form.getByRole('list', { name: 'Recipients' }).getByText(MAIN_NAME).waitFor()
  await form.getByLabel('Subject').fill('Fleet tonight')
  await form.getByLabel('Message').fill('Form up at 19:00 EVE in Jita. o7')
  await screenshot(pilot, '06-mail-compose')
  await form.getByRole('button', { name: 'Send' }).click()
  await form.getByTestId('mail-sent').waitFor()
}

async function calendarJourney() {
  await openPage(pilot, 'Calendar')
  const events = pilot.getByTestId('calendar-event')
  await events.first().waitFor()
  await assertSyncedLine(pilot, 'Calendar')
  await events.first().click()
  const details = pilot.getByTestId('event-details')
  await details.waitFor()
  await details.getByRole('button', { name: 'Accept' }).click()
  await details.getByTestId('event-response').filter({ hasText: 'Accepted' }).waitFor()
  await screenshot(pilot, '07-calendar')
}

async function contractsJourney() {
  await openPage(pilot, 'Contracts')
  const table = pilot.getByTestId('contracts')
  await table.getByTestId('contract-row').first().waitFor()
  await assertSyncedLine(pilot, 'Contracts')
  await pilot.getByText(/^Reading the contracts of .+ takes the Director or Contract Manager role/).waitFor()
  const all = await table.getByTestId('contract-row').count()
  await pilot.getByRole('group', { name: 'Contract filters' }).getByLabel('Type').selectOption('courier')
  await pilot.waitForFunction(
    (before) => {
      const rows = [...document.querySelectorAll('[data-testid="contracts"] [data-testid="contract-row"]')]
      return rows.length > 0 && rows.length < before && rows.every((r) => r.cells[1].textContent === 'Courier')
    },
    all,
  )
  await table.getByTestId('contract-row').first().getByRole('button').click()
  await pilot.getByTestId('contract-details').getByText('Items').waitFor()
  await screenshot(pilot, '08-contracts')
}

async function contactsJourney() {
  // Opened by its address, as a bookmark or a reload does: the server answers with the app for its routes.
  const response = await pilot.goto(`${BASE_URL}contacts`)
  assert.equal(response.status(), 200)
  await pilot.getByTestId('contact-row').first().waitFor()
  await assertSyncedLine(pilot, 'Contacts')
  await screenshot(pilot, '09-contacts')
}

async function killmailsJourney() {
  await openPage(pilot, 'Killmails')
  const rows = pilot.getByTestId('killmail-list').locator('tbody tr')
  await rows.first().waitFor()
  await assertSyncedLine(pilot, `Killmails of ${PILOT}`)
  // each row's value at market prices, or why it has none
  for (const value of await pilot.getByTestId('killmail-list').locator('tbody tr td:nth-child(6)').allTextContents()) {
    assert.match(value, /^[\d,]+\.\d\d ISK$|^no price$/)
  }
  const before = await rows.count()
  await awaitServer('killmail-event')
  await pilot.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="killmail-list"] tbody tr').length === count + 1,
    before,
  )
  const top = await rows.first().textContent()
  assert.match(top, /Rifter/)
  assert.match(top, /Jita · The Forge/)
  await pilot.waitForFunction(() => !/#\d/.test(document.querySelector('[data-testid="killmail-list"]').textContent))
  await screenshot(pilot, '10-killmails')
  assertNoScriptErrors(pilot)
}

/** The screen says when the data it shows was synced and when it will be next. */
async function assertSyncedLine(page, label) {
  const line = page.getByTestId('sync-times').filter({ hasText: `${label} synced` })
  await line.waitFor()
  assert.match(await line.textContent(), new RegExp(`${label} synced \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d EVE.* · next sync`))
}

const PAGES = [
  ['Overview', ''], ['Wallet', 'wallet'], ['Mail', 'mail'], ['Contacts', 'contacts'], ['Calendar', 'calendar'],
  ['Contracts', 'contracts'], ['Killmails', 'killmails'], ['Alert channels', 'alerts'],
]

/** Names instead of ids where the server knows them: the pilots of the overview's recent kills, mail, contacts. */
async function namesJourney() {
  await pilot.goto(BASE_URL)
  const kills = pilot.getByTestId('killmail-list')
  await kills.locator('tbody tr').first().waitFor()
  await pilot.waitForFunction(() =>
    !/Character #|#\d{5,}/.test(document.querySelector('[data-testid="killmail-list"]').textContent))
  await openPage(pilot, 'Contacts')
  await pilot.getByTestId('contact-row').first().waitFor()
  const contacts = await pilot.getByTestId('contacts').textContent()
  assert.doesNotMatch(contacts, /#\d{5,}/, 'contacts show names, not ids')
  await pilot.getByTestId('entity-name').first().waitFor()
}

/** Every page at desktop and phone size: no wider than the window, no serious accessibility finding. */
async function everyPageFitsJourney() {
  for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await pilot.setViewportSize(viewport)
    for (const [title, path] of PAGES) {
      await pilot.goto(`${BASE_URL}${path}`)
      await pilot.getByRole('heading', { level: 1, name: title }).waitFor()
      await pilot.waitForFunction(() =>
        ![...document.querySelectorAll('#main *')].some((e) => e.children.length === 0 && e.textContent === 'Loading…'))
      assert.equal(await pilot.title(), `${title} · EVESeat`, 'one title per page')
      await assertFitsWidth(pilot, `${title} at ${size} size`)
      await assertHeaderReadable(pilot, `${title} at ${size} size`)
      await assertAccessible(pilot, `${title} at ${size} size`)
      await screenshot(pilot, `20-${size}-${title.toLowerCase()}`)
    }
  }
  await pilot.setViewportSize(DESKTOP)
  assertNoScriptErrors(pilot)
}

async function adminJourney(browser) {
  const admin = await logIn(browser, 'admin')
  await admin.getByRole('link', { name: 'Admin', exact: true }).click() // the app links admins to the console
  await admin.waitForURL(/\/admin\/users\.xhtml$/)
  await admin.getByRole('table').first().waitFor()
  await screenshot(admin, '11-admin-console')
  for (const page of ['sync', 'jobs', 'budget', 'settings']) {
    const response = await admin.goto(`${BASE_URL}admin/${page}.xhtml`)
    assert.equal(response.status(), 200, `console page ${page}`)
    await admin.getByRole('heading').first().waitFor()
  }
  assertNoScriptErrors(admin)
  await admin.context().close()

  assert.equal(await pilot.getByRole('link', { name: 'Admin', exact: true }).count(), 0, 'no console link')
  const refused = await pilot.goto(`${BASE_URL}admin/users.xhtml`)
  assert.equal(refused.status(), 403, 'a player is refused the console')
  await screenshot(pilot, '12-admin-refused')
}

/**
 * An alert channel: added on the Alerts page with a Discord webhook of the fake services (WEBHOOK_PREFIX, which the
 * server allows), tested, shown without its token, and removed.
 */
async function alertChannelsJourney() {
  const prefix = process.env.WEBHOOK_PREFIX ?? 'http://127.0.0.1:18083/'
  await openPage(pilot, 'Alerts')
  await pilot.getByRole('heading', { level: 1, name: 'Alert channels' }).waitFor()
  await pilot.getByTestId('channel-name').fill('Journey ops')
  await pilot.getByTestId('channel-webhook').fill(`${prefix}api/webhooks/42/journey-token`)
  await pilot.getByRole('button', { name: 'Add channel' }).click()
  const row = pilot.getByTestId('alert-channels').locator('tbody tr').filter({ hasText: 'Journey ops' })
  await row.waitFor()
  assert.doesNotMatch(await row.textContent(), /journey-token/, 'the webhook is shown without its token')
  await pilot.getByRole('button', { name: 'Post a test message to Journey ops' }).click()
  await pilot.getByTestId('channel-notice').filter({ hasText: 'Journey ops: Delivered' }).waitFor()
  await assertAccessible(pilot, 'alert channels')
  await screenshot(pilot, '13-alert-channels')
  await pilot.getByRole('button', { name: 'Remove Journey ops' }).click()
  await pilot.getByTestId('channel-notice').filter({ hasText: 'Removed Journey ops' }).waitFor()
}

await run([
  ['log in and see the overview', loginJourney],
  ['see the wallet and filter the journal', walletJourney],
  ['receive a live wallet event', liveWalletJourney],
  ['read and send mail', mailJourney],
  ['respond to a calendar event', calendarJourney],
  ['filter contracts and open one', contractsJourney],
  ['open contacts by their address', contactsJourney],
  ['see the kill feed and a new kill pushed live', killmailsJourney],
  ['see names instead of ids', namesJourney],
  ['post alerts to a Discord channel', alertChannelsJourney],
  ['every page fits a desktop and a phone and passes the accessibility check', everyPageFitsJourney],
  ['open the admin console as an admin, and be refused it as a player', adminJourney],
])
