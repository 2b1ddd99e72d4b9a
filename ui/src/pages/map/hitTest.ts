/**
 * A uniform grid over the projected systems (world pixels), so a click or hover finds the nearest system by
 * looking at a few cells instead of all 8,437.
 */
export class SystemGrid {
  private readonly cells = new Map<string, number[]>()
  private readonly points: Float64Array
  private readonly cellSize: number

  constructor(points: Float64Array, cellSize = 8) {
    this.points = points
    this.cellSize = cellSize
    for (let i = 0; i < points.length / 2; i++) {
      const key = this.key(Math.floor(points[2 * i] / cellSize), Math.floor(points[2 * i + 1] / cellSize))
      const cell = this.cells.get(key)
      if (cell) cell.push(i)
      else this.cells.set(key, [i])
    }
  }

  /** The index of the system nearest to (wx, wy) within maxDistance world pixels, or -1. */
  nearest(wx: number, wy: number, maxDistance: number): number {
    const reach = Math.ceil(maxDistance / this.cellSize)
    const cx = Math.floor(wx / this.cellSize)
    const cy = Math.floor(wy / this.cellSize)
    let best = -1
    let bestDistance = maxDistance * maxDistance
    for (let gx = cx - reach; gx <= cx + reach; gx++) {
      for (let gy = cy - reach; gy <= cy + reach; gy++) {
        for (const i of this.cells.get(this.key(gx, gy)) ?? []) {
          const dx = this.points[2 * i] - wx
          const dy = this.points[2 * i + 1] - wy
          const distance = dx * dx + dy * dy
          if (distance <= bestDistance) {
            bestDistance = distance
            best = i
          }
        }
      }
    }
    return best
  }

  private key(gx: number, gy: number): string {
    return `${gx},${gy}`
  }
}
