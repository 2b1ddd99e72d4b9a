import { BaseLayer } from './BaseLayer'
import type { MapScene } from './mapScene'
import { markLabel, type PilotMark } from './pilots'
import { toWorld, type View } from './projection'

/** What the layers add to the bare map, per system index of the scene. */
export interface Layers {
  /** Node colour per system: security or sovereignty holder. */
  colours: string[]
  /** 0..1 activity per system, or null for no heat map. */
  heat: Float32Array | null
  route: number[]
  incursions: Set<number>
  /** Systems with a sovereignty campaign scheduled or running. */
  campaigns: Set<number>
  selected: number
  /** Systems with the user's own characters in them. */
  pilots: PilotMark[]
}

const FLASH_MS = 2500
/** The user's own characters: a pink that no security, route or layer colour uses. */
export const PILOT_COLOUR = '#ff5ad9'
/** How long the view must rest before the base layer is drawn sharp again. */
const SETTLE_MS = 120
/** Past this zoom change the moved bitmap looks too coarse: it is drawn again at once. */
const MAX_STRETCH = 2

/**
 * Draws a frame at most once per animation frame and only when something changed: the base layer (copied moved
 * and scaled while the view moves, drawn again once it rests), then the route, incursions, kill flashes and the
 * selection drawn sharp on top. Records its timings for the map's first-draw and frame-rate check.
 */
export class MapRenderer {
  view: View = { k: 1, x: 0, y: 0 }
  readonly stats = { firstDrawAt: -1, firstDrawMs: -1, draws: 0, lastDrawMs: 0 }
  private readonly canvas: HTMLCanvasElement
  private readonly base = new BaseLayer()
  private scene: MapScene | null = null
  private layers: Layers | null = null
  private readonly flashes = new Map<number, number>()
  private frame = 0
  private settle = 0
  private movedAt = 0
  private width = 0
  private height = 0

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas
  }

  resize(width: number, height: number): void {
    const ratio = window.devicePixelRatio || 1
    this.width = width
    this.height = height
    this.canvas.width = Math.round(width * ratio)
    this.canvas.height = Math.round(height * ratio)
    this.base.view = null
    this.requestDraw()
  }

  setScene(scene: MapScene): void {
    this.scene = scene
    this.flashes.clear()
    this.base.view = null
    this.requestDraw()
  }

  setLayers(layers: Layers): void {
    this.layers = layers
    this.base.setLayers(layers)
    this.requestDraw()
  }

  setView(view: View): void {
    this.view = { k: view.k, x: view.x, y: view.y }
    this.movedAt = performance.now()
    clearTimeout(this.settle)
    this.settle = window.setTimeout(() => this.requestDraw(), SETTLE_MS)
    this.requestDraw()
  }

  /** Flashes a system for a moment (a kill pushed live). */
  flash(index: number): void {
    this.flashes.set(index, performance.now())
    this.requestDraw()
  }

  /** The system under a screen point, or -1. */
  systemAt(sx: number, sy: number): number {
    if (!this.scene) return -1
    const [wx, wy] = toWorld(this.view, sx, sy)
    return this.scene.grid.nearest(wx, wy, 8 / this.view.k)
  }

  requestDraw(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame((now) => this.draw(now))
  }

  stop(): void {
    cancelAnimationFrame(this.frame)
    clearTimeout(this.settle)
    this.frame = 0
  }

  private draw(now: number): void {
    this.frame = 0
    const ctx = this.canvas.getContext('2d')
    if (!ctx || !this.scene || !this.layers) return
    const started = performance.now()
    const ratio = this.canvas.width / Math.max(1, this.width)
    const shown = this.base.view
    const stretch = shown ? this.view.k / shown.k : 0
    const moving = started - this.movedAt < SETTLE_MS
    if (!shown || !moving || stretch > MAX_STRETCH || stretch < 1 / MAX_STRETCH) {
      if (!shown || shown.k !== this.view.k || shown.x !== this.view.x || shown.y !== this.view.y) {
        this.base.render(this.scene, this.view, this.width, this.height, ratio)
      }
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    ctx.fillStyle = '#06090d'
    ctx.fillRect(0, 0, this.width, this.height)
    const from = this.base.view!
    const s = this.view.k / from.k
    ctx.setTransform(ratio * s, 0, 0, ratio * s, ratio * (this.view.x - from.x * s), ratio * (this.view.y - from.y * s))
    ctx.drawImage(this.base.canvas, 0, 0, this.width, this.height)
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    this.drawRoute(ctx)
    this.drawMarks(ctx, now)
    this.drawPilots(ctx)
    this.record(performance.now() - started)
    if (this.flashes.size > 0) this.requestDraw()
  }

  private record(took: number): void {
    this.stats.draws++
    this.stats.lastDrawMs = took
    if (this.stats.firstDrawAt < 0) {
      this.stats.firstDrawAt = performance.now()
      this.stats.firstDrawMs = took
      // read by the browser journey that checks the map's first draw and frame rate
      this.canvas.dataset.firstDrawAt = this.stats.firstDrawAt.toFixed(1)
      this.canvas.dataset.firstDrawMs = took.toFixed(1)
    }
    this.canvas.dataset.draws = String(this.stats.draws)
    this.canvas.dataset.drawMs = took.toFixed(2)
  }

  private screen(i: number): [number, number] {
    const p = this.scene!.points
    return [p[2 * i] * this.view.k + this.view.x, p[2 * i + 1] * this.view.k + this.view.y]
  }

  private longestLegMiddle(route: number[]): [number, number] {
    let best: [number, number] = this.screen(route[0])
    let longest = -1
    for (let n = 1; n < route.length; n++) {
      const [ax, ay] = this.screen(route[n - 1])
      const [bx, by] = this.screen(route[n])
      const length = Math.hypot(bx - ax, by - ay)
      if (length > longest) {
        longest = length
        best = [(ax + bx) / 2, (ay + by) / 2]
      }
    }
    return best
  }

  private drawRoute(ctx: CanvasRenderingContext2D): void {
    const route = this.layers!.route
    this.canvas.dataset.routeSystems = String(route.length)
    if (route.length === 0) return
    // a point of the route on screen for the journey that checks the overlay's pixels: the middle of its longest
    // leg, where no system node (nor a pilot's mark drawn over one) covers the line
    this.canvas.dataset.routeProbe = this.longestLegMiddle(route).map((v) => v.toFixed(1)).join(',')
    ctx.strokeStyle = '#e8a23a'
    ctx.lineWidth = 3
    ctx.beginPath()
    route.forEach((i, n) => {
      const [sx, sy] = this.screen(i)
      if (n === 0) ctx.moveTo(sx, sy)
      else ctx.lineTo(sx, sy)
    })
    ctx.stroke()
    ctx.fillStyle = '#f5b652'
    for (const i of route) {
      const [sx, sy] = this.screen(i)
      ctx.beginPath()
      ctx.arc(sx, sy, 4, 0, 2 * Math.PI)
      ctx.fill()
    }
  }

  private drawMarks(ctx: CanvasRenderingContext2D, now: number): void {
    ctx.lineWidth = 1.5
    ctx.strokeStyle = '#b05cff'
    for (const i of this.layers!.incursions) this.ring(ctx, i, 7)
    ctx.strokeStyle = '#efef00'
    for (const i of this.layers!.campaigns) this.ring(ctx, i, 5)
    for (const [i, started] of this.flashes) {
      const age = (now - started) / FLASH_MS
      if (age >= 1) {
        this.flashes.delete(i)
        continue
      }
      ctx.strokeStyle = `rgba(255, 70, 50, ${1 - age})`
      ctx.lineWidth = 3
      this.ring(ctx, i, 6 + age * 30)
    }
    if (this.layers!.selected >= 0) {
      ctx.strokeStyle = '#5ec8f2'
      ctx.lineWidth = 2
      this.ring(ctx, this.layers!.selected, 9)
    }
  }

  /** A green diamond with the pilots' names beside it, drawn last so nothing hides where a character is. */
  private drawPilots(ctx: CanvasRenderingContext2D): void {
    const marks = this.layers!.pilots
    this.canvas.dataset.pilotMarks = String(marks.length)
    if (marks.length === 0) return
    // where the first mark is on screen, for the journey that checks the layer's pixels
    this.canvas.dataset.pilotAt = this.screen(marks[0].index).map((v) => v.toFixed(1)).join(',')
    ctx.font = '600 12px system-ui, sans-serif'
    ctx.lineWidth = 1.5
    ctx.strokeStyle = '#06090d'
    for (const mark of marks) {
      const [sx, sy] = this.screen(mark.index)
      ctx.fillStyle = PILOT_COLOUR
      ctx.beginPath()
      ctx.moveTo(sx, sy - 7)
      ctx.lineTo(sx + 7, sy)
      ctx.lineTo(sx, sy + 7)
      ctx.lineTo(sx - 7, sy)
      ctx.closePath()
      ctx.fill()
      ctx.stroke()
      const label = markLabel(mark.names)
      ctx.strokeText(label, sx + 10, sy + 4)
      ctx.fillText(label, sx + 10, sy + 4)
    }
  }

  private ring(ctx: CanvasRenderingContext2D, i: number, radius: number): void {
    const [sx, sy] = this.screen(i)
    ctx.beginPath()
    ctx.arc(sx, sy, radius, 0, 2 * Math.PI)
    ctx.stroke()
  }
}
