// The star map through the real server (fake EVE SSO and ESI behind it), at a desktop and a phone size: find a
// system, plan a route with a waypoint, check the listed jumps against the API and the overlay's pixels, find the
// pilot's own character on the map (its mark's pixels, its name in the system's details with the system's names
// and figures), and measure the first draw and the frame rate while panning and zooming the whole of New Eden.
// By hand against a running server: BASE_URL=http://localhost:8080/ node e2e/map-journey.mjs
// Figures are printed as "MAP <viewport> ..." lines and written to $SCREENSHOT_DIR/map-figures.json.
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { assertNoScriptErrors, awaitServer, BASE_URL, launch, logInOrStay, screenshot } from './harness.mjs'

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]
const ROUTE = { from: 'Jita', via: 'Dodixie', to: 'Amarr' }
const figures = {}

async function loggedIn(browser, viewport) {
  if (process.env.SERVER_SIDE) await awaitServer('login-as-pilot')
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  page.errors = []
  page.on('pageerror', (error) => page.errors.push(error))
  await logInOrStay(page)
  return page
}

/** Loads the map page afresh and answers when its canvas first drew (ms after navigation start). */
async function openMap(page) {
  await page.goto(`${BASE_URL}map`)
  const canvas = page.getByTestId('map-canvas')
  await canvas.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="map-canvas"]')?.dataset.firstDrawAt)
  return canvas.evaluate((c) => ({ firstDrawAt: Number(c.dataset.firstDrawAt), drawMs: Number(c.dataset.firstDrawMs) }))
}

/**
 * Pans and zooms for three seconds the way a user's mouse does (a drag's mouse moves, wheel turns), one input
 * per animation frame from inside the page so the input rate is the display's, and counts the frames the map
 * redrew: its frame rate while moving.
 */
async function measureFrames(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const canvas = document.querySelector('[data-testid="map-canvas"]')
    const box = canvas.getBoundingClientRect()
    const cx = box.left + box.width / 2
    const cy = box.top + box.height / 2
    const firstDraw = Number(canvas.dataset.draws)
    const frames = []
    const drawMs = []
    let x = cx
    const mouse = (type, target, clientX) =>
      target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX, clientY: cy, button: 0 }))
    const tick = (now) => {
      frames.push(now)
      drawMs.push(Number(canvas.dataset.drawMs))
      const n = frames.length
      if (now - frames[0] >= 3000) {
        mouse('mouseup', window, x)
        const seconds = (now - frames[0]) / 1000
        const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b)
        resolve({
          fps: Math.round(((Number(canvas.dataset.draws) - firstDraw) / seconds) * 10) / 10,
          animationFrames: n,
          p95FrameMs: Math.round(gaps[Math.floor(gaps.length * 0.95)] * 10) / 10,
          meanDrawMs: Math.round((drawMs.reduce((a, b) => a + b, 0) / drawMs.length) * 100) / 100,
          maxDrawMs: Math.round(Math.max(...drawMs) * 10) / 10,
        })
        return
      }
      if (n % 120 < 60) {
        // zoom in and out around the centre, half a second each way
        canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: cx, clientY: cy,
          deltaY: n % 60 < 30 ? -40 : 40 }))
      } else {
        if (n % 120 === 60) mouse('mousedown', canvas, x)
        x += n % 30 < 15 ? 6 : -6
        mouse('mousemove', window, x)
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }))
}

async function planRoute(page, viewport) {
  await page.getByTestId('map-search').fill(ROUTE.from)
  await page.getByTestId('map-search-results').getByRole('button', { name: ROUTE.from, exact: true }).click()
  const details = page.getByTestId('system-details')
  await details.getByRole('heading', { name: new RegExp(`^${ROUTE.from}`) }).waitFor()
  await details.getByRole('button', { name: 'Route from' }).click()
  // the planner takes the system on its next render, which a busy machine may not have drawn yet
  await page.waitForFunction((from) => document.querySelector('[data-testid="route-from"]')?.value === from,
    ROUTE.from, { timeout: 10_000 })
  await page.getByTestId('route-via').fill(ROUTE.via)
  await page.getByTestId('route-to').fill(ROUTE.to)
  await page.getByTestId('route-flag').selectOption('secure')
  await page.getByTestId('route-plan').click()
  const list = page.getByTestId('route-list').getByRole('listitem')
  await list.first().waitFor()

  const ids = await page.evaluate(async (names) => {
    const find = async (name) => (await (await fetch(`/api/v1/universe/systems?q=${name}`)).json())
      .find((s) => s.name === name).id
    const [from, via, to] = [await find(names.from), await find(names.via), await find(names.to)]
    return (await fetch(`/api/v1/route?from=${from}&to=${to}&via=${via}&flag=secure`)).json()
  }, ROUTE)
  const listed = await list.allTextContents()
  assert.equal(listed.length, ids.jumps + 1, 'one listed system per jump, plus the start')
  assert.match(await page.getByTestId('route-jumps').textContent(), new RegExp(`^${ids.jumps} jumps`))
  assert.match(listed[0], new RegExp(ROUTE.from))
  assert.match(listed.at(-1), new RegExp(ROUTE.to))
  assert.ok(listed.some((item) => item.includes(ROUTE.via)), 'the waypoint is on the route')
  listed.forEach((item, n) => assert.ok(item.includes(ids.systems[n].name), `jump ${n} is ${ids.systems[n].name}`))

  const canvas = page.getByTestId('map-canvas')
  await page.waitForFunction((n) => document.querySelector('[data-testid="map-canvas"]').dataset.routeSystems === String(n),
    ids.systems.length)
  const [x, y] = (await canvas.getAttribute('data-route-probe')).split(',').map(Number)
  const box = await canvas.boundingBox()
  assert.ok(x >= 0 && y >= 0 && x <= box.width && y <= box.height,
    `the planned route is brought into view (its longest leg's middle at ${x},${y} of ${box.width}x${box.height})`)
  // the brightest pixel around the point: a 3 px line seldom covers one pixel fully
  const pixel = await canvas.evaluate((c, [px, py]) => {
    const data = c.getContext('2d').getImageData(px - 1, py - 1, 3, 3).data
    let best = [0, 0, 0, 0]
    for (let i = 0; i < data.length; i += 4) if (data[i] > best[0]) best = Array.from(data.slice(i, i + 4))
    return best
  }, [Math.round(x), Math.round(y)])
  assert.ok(pixel[0] > 200 && pixel[1] > 120 && pixel[2] < 120, `the route overlay is drawn along its longest leg (${pixel})`)
  figures[viewport.name].routeJumps = ids.jumps
}

const PILOT_PINK = [0xff, 0x5a, 0xd9]

/** The pilot's character where ESI says it is: listed beside the map, marked on it, named in the system's details. */
async function pilotOnMap(page, viewport) {
  const answer = await page.evaluate(async () => (await fetch('/api/v1/characters/locations')).json())
  assert.equal(answer.characters.length, 1, 'only the pilot\'s own character is listed')
  const [pilot] = answer.characters
  assert.equal(pilot.location.state, 'ok', `the location scope is granted (${JSON.stringify(pilot.location)})`)
  const where = pilot.location.value
  const reportNow = () => page.evaluate(async (id) => (await fetch(`/api/v1/universe/systems/${id}`)).json(), where.systemId)
  const before = await reportNow()
  const list = page.getByTestId('pilot-list')
  await list.getByTestId('pilot-system').filter({ hasText: where.systemName }).click()

  const details = page.getByTestId('system-details')
  await details.getByRole('heading', { name: new RegExp(`^${where.systemName}`) }).waitFor()
  assert.match(await details.getByTestId('system-pilots').textContent(), new RegExp(pilot.name))
  const report = await reportNow()
  assert.equal(await details.getByTestId('system-place').textContent(), `${report.constellationName} · ${report.regionName}`)
  const jumps = await details.getByTestId('system-jumps').textContent()
  if (JSON.stringify(before) === JSON.stringify(report)) {
    // no activity sync landed while the page read the same details: they show the server's figures
    assert.equal(jumps, report.latestHour ? `${report.lastHour.jumps} last hour, ${report.lastDay.jumps} in 24 h`
      : 'not synced yet')
  } else {
    assert.match(jumps, /^(\d+ last hour, \d+ in 24 h|not synced yet)$/)
  }
  assert.doesNotMatch(await details.textContent(), new RegExp(`\\b${report.constellationId}\\b`), 'names, not ids')

  await page.waitForFunction(() => document.querySelector('[data-testid="map-canvas"]').dataset.pilotMarks === '1')
  // the frame after the focus has drawn: the mark's place and its pixel are read from the same frame
  const pixel = await page.getByTestId('map-canvas').evaluate((c) => new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const [x, y] = c.dataset.pilotAt.split(',').map((v) => Math.round(Number(v)))
      resolve(Array.from(c.getContext('2d').getImageData(x, y, 1, 1).data))
    }))))
  assert.ok(pixel.slice(0, 3).every((v, i) => Math.abs(v - PILOT_PINK[i]) <= 8), `the pilot's mark is drawn (${pixel})`)
  figures[viewport.name].pilotSystem = where.systemName
  await screenshot(page, `map-${viewport.name}-pilot`)
}

async function layers(page, viewport) {
  await page.getByTestId('map-heat').selectOption('kills')
  await page.getByTestId('map-window').selectOption('24h')
  await page.getByTestId('map-colour').selectOption('sovereignty')
  const legend = page.getByTestId('sovereignty-legend').or(page.getByTestId('sovereignty-empty'))
  await legend.first().waitFor()
  figures[viewport.name].sovereigntyHolders = await page.getByTestId('sovereignty-legend').getByRole('listitem').count()
  await screenshot(page, `map-${viewport.name}-layers`)
}

async function journey(browser, viewport) {
  const page = await loggedIn(browser, viewport)
  const first = await openMap(page)
  figures[viewport.name] = { firstDrawAfterNavigationMs: Math.round(first.firstDrawAt), firstDrawMs: first.drawMs }
  await screenshot(page, `map-${viewport.name}-new-eden`)
  figures[viewport.name].panZoom = await measureFrames(page)
  await planRoute(page, viewport)
  await screenshot(page, `map-${viewport.name}-route`)
  await pilotOnMap(page, viewport)
  await layers(page, viewport)
  figures[viewport.name].panZoomWithLayers = await measureFrames(page)
  // the map's own content fits the width (the app header's fit on phones is the header's own matter)
  const overflow = await page.evaluate(() => {
    const map = document.querySelector('.map-page')
    return Math.max(map.scrollWidth, map.getBoundingClientRect().right) - window.innerWidth
  })
  assert.ok(overflow <= 0, `the map page fits ${viewport.width} px (overflow ${overflow} px)`)
  assertNoScriptErrors(page)
  console.log(`MAP ${viewport.name} ${JSON.stringify(figures[viewport.name])}`)
  await page.context().close()
}

const browser = await launch()
let failed = false
try {
  for (const viewport of VIEWPORTS) {
    try {
      await journey(browser, viewport)
      console.log(`PASS map ${viewport.name}`)
    } catch (error) {
      failed = true
      console.log(`FAIL map ${viewport.name}: ${error.stack ?? error}`)
    }
  }
} finally {
  await browser.close()
}
writeFileSync(join(SCREENSHOTS, 'map-figures.json'), JSON.stringify(figures, null, 2))
process.exit(failed ? 1 : 0)
