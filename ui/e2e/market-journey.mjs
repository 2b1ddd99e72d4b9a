// The market screens through the real server (fake EVE SSO and ESI behind it), at a desktop and a phone size:
// find an item by name, read its order book (checked against the book API) and price chart, run the profit
// calculator, the trade routes and quick trade, and open the pilot's own orders. Every screen is checked to fit
// the window and to pass axe-core, and screenshotted as market-<size>-<screen>.png.
// By hand against a running server: BASE_URL=http://localhost:8080/ node e2e/market-journey.mjs
import assert from 'node:assert/strict'
import {
  assertAccessible, assertFitsWidth, assertNoScriptErrors, awaitServer, DESKTOP, logInOrStay, newPage, PHONE, run,
  screenshot,
} from './harness.mjs'

const ITEM = 'Tritanium'
const THE_FORGE = 10000002
const SHOPPING = 'Tritanium 10000\nPyerite\t5000\nNo Such Item 3'
/** The first snapshot of The Forge: the server reads it on start and every 5 minutes after. */
const SNAPSHOT_WAIT_MS = 8 * 60_000

async function loggedIn(browser, viewport) {
  if (process.env.SERVER_SIDE) await awaitServer('login-as-pilot')
  const page = await newPage(browser)
  await page.setViewportSize(viewport)
  await logInOrStay(page)
  return page
}

/** Nothing on the page still loading, then: no wider than the window, no serious axe finding, a screenshot. */
async function check(page, size, name) {
  await page.waitForFunction(() =>
    ![...document.querySelectorAll('#main *')].some((e) => e.children.length === 0 && e.textContent === 'Loading…'))
  await assertFitsWidth(page, `${name} at ${size} size`)
  await assertAccessible(page, `${name} at ${size} size`)
  await screenshot(page, `market-${size}-${name}`)
}

async function snapshotOfTheForge(page) {
  if (process.env.SERVER_SIDE) await awaitServer('market-synced')
  await page.waitForFunction(async (regionId) => {
    const regions = await (await fetch('/api/v1/market/regions')).json()
    return regions.some((r) => r.regionId === regionId && r.snapshot !== null)
  }, THE_FORGE, { polling: 2000, timeout: SNAPSHOT_WAIT_MS })
}

async function orderBook(page, size) {
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Market', exact: true }).click()
  await page.getByTestId('market-regions').waitFor()
  await snapshotOfTheForge(page)
  await page.getByTestId('market-type-input').fill(ITEM)
  await page.getByTestId('market-type-results').getByRole('button', { name: ITEM, exact: true }).click()
  await page.getByTestId('type-name').filter({ hasText: ITEM }).waitFor()
  await page.getByTestId('sell-order').first().waitFor()

  const typeId = Number(page.url().match(/types\/(\d+)/)[1])
  const book = await page.evaluate(async ([type, region]) =>
    (await fetch(`/api/v1/market/book?typeId=${type}&regionId=${region}&depth=20`)).json(), [typeId, THE_FORGE])
  assert.equal(await page.getByTestId('sell-order').count(), book.sells.length, 'one row per sell order of the book')
  assert.equal(await page.getByTestId('buy-order').count(), book.buys.length, 'one row per buy order of the book')
  const firstSell = page.getByTestId('sell-order').first()
  assert.match(await firstSell.textContent(), new RegExp(book.sells[0].stationName.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  const best = book.summary.bestAsk.toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  await page.getByTestId('book-summary').filter({ hasText: `${best} ISK` }).waitFor()
  const stations = await page.getByTestId('sell-orders').locator('.station').allTextContents()
  assert.ok(stations.every((name) => /[A-Za-z]{3}/.test(name)), `stations by name, not id: ${stations}`)

  await page.getByTestId('price-chart').locator('.recharts-line-curve').first().waitFor()
  await page.getByTestId('order-changes').or(page.getByText(/No changes seen in The Forge yet/)).first().waitFor()
  await check(page, size, 'book')

  await page.getByTestId('book-where').selectOption({ label: book.sells[0].stationName })
  await page.getByTestId('book-snapshot').filter({ hasText: `${book.sells[0].stationName}: snapshot` }).waitFor()
  return typeId
}

async function calculator(page, size) {
  await page.getByRole('link', { name: 'Calculate profit' }).click()
  await page.getByTestId('chosen-type').filter({ hasText: ITEM }).waitFor()
  await page.getByTestId('calc-quantity').fill('1000')
  await page.getByTestId('calc-sell-hub').selectOption({ label: 'Amarr (Domain)' })
  await page.getByTestId('calc-submit').click()
  const result = page.getByTestId('calculator-result').or(page.getByTestId('error-banner'))
  await result.first().waitFor()
  assert.equal(await page.getByTestId('error-banner').count(), 0, await page.getByTestId('error-banner').textContent().catch(() => ''))
  await page.getByTestId('calculator-taxes').filter({ hasText: /Broker fee [\d.]+ %/ }).waitFor()
  await check(page, size, 'calculator')
}

async function tradeRoutes(page, size) {
  await page.getByRole('navigation', { name: 'Market' }).getByRole('link', { name: 'Trade routes' }).click()
  // listed at the destination under its cheapest sell order: the hubs' books rarely leave a gap to sell into at once
  await page.getByTestId('routes-mode').selectOption('order')
  await page.getByTestId('routes-submit').click()
  await page.getByTestId('trade-routes').or(page.getByTestId('routes-empty')).or(page.getByTestId('error-banner')).first()
    .waitFor({ timeout: 60_000 })
  assert.equal(await page.getByTestId('error-banner').count(), 0, 'trade routes answered without a problem')
  const routes = page.getByTestId('trade-route')
  assert.ok((await routes.count()) > 0, 'the hubs hold profitable routes')
  const table = page.getByTestId('trade-routes')
  await table.getByRole('button', { name: /ISK per jump/ }).click()
  await table.getByRole('button', { name: /ISK per jump/ }).click()
  assert.equal(await table.locator('th[aria-sort="descending"]').textContent().then((t) => t.includes('ISK per jump')), true)
  await routes.first().getByRole('button', { name: /^Show the/ }).click()
  await page.getByTestId('route-item').first().waitFor()
  const item = (await page.getByTestId('route-item').first().locator('.entity-name').textContent()).trim()
  await page.getByTestId('routes-filter').fill(item)
  assert.ok((await routes.count()) >= 1, `routes carrying ${item} stay listed`)
  await check(page, size, 'routes')
}

async function quickTrade(page, size) {
  await page.getByRole('navigation', { name: 'Market' }).getByRole('link', { name: 'Quick trade' }).click()
  await page.getByTestId('quick-trade-text').fill(SHOPPING)
  await page.getByTestId('quick-trade-submit').click()
  await page.getByTestId('quick-trade-hub').first().waitFor()
  assert.equal(await page.getByTestId('quick-trade-hub').count(), 5, 'one row per trade hub')
  assert.equal(await page.getByTestId('quick-trade-line').count(), 2, 'two known items')
  await page.getByTestId('quick-trade-unknown').filter({ hasText: 'No Such Item' }).waitFor()
  await check(page, size, 'quick-trade')
}

async function myOrders(page, size) {
  await page.getByRole('navigation', { name: 'Market' }).getByRole('link', { name: 'My orders' }).click()
  if (process.env.SERVER_SIDE) {
    // the server side read the pilot's orders, which the fake places in The Forge's book: each has a position there
    await page.getByTestId('own-order').first().waitFor()
    await page.getByTestId('order-outbid').or(page.getByTestId('order-best')).first().waitFor()
  } else {
    await page.getByTestId('orders-open').or(page.getByTestId('empty')).first().waitFor()
  }
  await check(page, size, 'my-orders')
  await page.getByRole('button', { name: 'History' }).click()
  await page.getByTestId('orders-history').or(page.getByTestId('empty')).first().waitFor()
}

async function journey(browser, size, viewport) {
  const page = await loggedIn(browser, viewport)
  await orderBook(page, size)
  await calculator(page, size)
  await tradeRoutes(page, size)
  await quickTrade(page, size)
  await myOrders(page, size)
  assertNoScriptErrors(page)
  await page.context().close()
}

await run([
  ['market at desktop size', (browser) => journey(browser, 'desktop', DESKTOP)],
  ['market at phone size', (browser) => journey(browser, 'phone', PHONE)],
])
