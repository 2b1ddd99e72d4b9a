// Browser test harness: Debian's Chromium through playwright-core, screenshots, and a line protocol with the
// Java side (BrowserJourneyIT), which plays the server's part when a journey prints "AWAIT name".
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium } from 'playwright-core'

export const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080/').replace(/\/?$/, '/')
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? 'target/e2e-screenshots'
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync']

export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 390, height: 844 }

const replies = createInterface({ input: process.stdin })[Symbol.asyncIterator]()

/** Asks the Java side to do something on the server's side and waits until it is done. */
export async function awaitServer(name) {
  console.log(`AWAIT ${name}`)
  const { value, done } = await replies.next()
  assert.ok(!done, `no answer to ${name}`)
  assert.equal(value.trim(), `${name} done`, `the server side of "${name}" failed`)
}

export async function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
}

const pages = []

/** A fresh browser profile (own cookies) whose page fails the run on any uncaught script error or CSP block. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: DESKTOP, timezoneId: 'Europe/Berlin' })
  context.setDefaultTimeout(20_000)
  // the tests run offline: EVE's image server is unreachable by design, and the app shows placeholders
  await context.route(/^https:\/\/images\.evetech\.net\//, (route) => route.abort())
  const page = await context.newPage()
  page.errors = []
  page.on('pageerror', (error) => page.errors.push(error))
  // a script, style or image the server's content security policy blocked counts as an error too
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) page.errors.push(message.text())
  })
  pages.push(page)
  return page
}

/** Opens the app and logs in through the (fake) SSO unless the browser profile's session is still logged in. */
export async function logInOrStay(page) {
  await page.goto(BASE_URL)
  const login = page.getByTestId('login-button')
  await login.or(page.getByTestId('logout-button')).first().waitFor()
  if (await login.isVisible()) await login.click()
  await page.getByTestId('logout-button').waitFor()
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}

/** The page scrolls sideways nowhere but inside its own boxes (wide tables): it is no wider than the window. */
export async function assertFitsWidth(page, what) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }))
  assert.ok(scrollWidth <= innerWidth, `${what} is ${scrollWidth} px wide in a ${innerWidth} px window`)
}

/**
 * Everything in the header lies inside the window, and the character switcher shows the whole name of the chosen
 * character (measured in the select's own font, less its padding and arrow).
 */
export async function assertHeaderReadable(page, what) {
  const problems = await page.evaluate(() => {
    const found = []
    for (const element of document.querySelectorAll('.app-header *')) {
      const box = element.getBoundingClientRect()
      if (box.width > 0 && (box.left < 0 || box.right > window.innerWidth + 0.5)) {
        found.push(`${element.tagName.toLowerCase()}.${element.className} spans ${Math.round(box.left)}-${Math.round(box.right)} px`)
      }
    }
    const select = document.querySelector('[data-testid="character-switcher"]')
    if (select) {
      const style = getComputedStyle(select)
      const context = document.createElement('canvas').getContext('2d')
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      const text = select.selectedOptions[0]?.textContent ?? ''
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16
      if (context.measureText(text).width > room) found.push(`"${text}" is cut off in the character switcher (${room} px)`)
    }
    return found
  })
  assert.deepEqual(problems, [], `${what}: header`)
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core over the page as it stands: no serious or critical finding. Run through the browser's debugging
 * protocol, which the page's content security policy does not govern (an injected script tag would be refused).
 */
export async function assertAccessible(page, what) {
  const findings = await page.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source)
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
  }, AXE)
  assert.deepEqual(findings, [], `${what}: accessibility findings`)
}

/** Runs the journeys in order, each reported (and screenshotted when it fails); any failure makes exit code 1. */
export async function run(journeys) {
  const browser = await launch()
  let failed = false
  try {
    for (const [name, journey] of journeys) {
      const started = Date.now()
      try {
        await journey(browser)
        console.log(`PASS ${name} (${Date.now() - started} ms)`)
      } catch (error) {
        console.log(`FAIL ${name}: ${error.stack ?? error}`)
        await screenshotOpenPages(`FAILED-${name.replace(/\W+/g, '-')}`)
        failed = true
      }
    }
  } finally {
    await browser.close()
  }
  process.exit(failed ? 1 : 0)
}

async function screenshotOpenPages(prefix) {
  for (const [index, page] of pages.entries()) {
    if (page.isClosed()) continue
    console.log(`page ${index} at ${page.url()}, script errors: ${page.errors.map(String).join('; ') || 'none'}`)
    await screenshot(page, `${prefix}-${index}`).catch(() => undefined)
  }
}

export function assertNoScriptErrors(page) {
  assert.deepEqual(page.errors.map(String), [], 'uncaught errors in the page')
}
