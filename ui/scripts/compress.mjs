// Writes a gzip copy beside each built script, style sheet and SVG (the server sends it to browsers that accept
// gzip). Files under 1 KB are left alone: gzip would not save a packet.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync, constants } from 'node:zlib'

const dir = new URL('../dist/assets/', import.meta.url).pathname
let before = 0
let after = 0
for (const name of readdirSync(dir)) {
  const file = join(dir, name)
  if (!/\.(js|css|svg|json)$/.test(name) || statSync(file).size < 1024) continue
  const content = readFileSync(file)
  const zipped = gzipSync(content, { level: constants.Z_BEST_COMPRESSION })
  writeFileSync(`${file}.gz`, zipped)
  before += content.length
  after += zipped.length
}
console.log(`gzip: ${(before / 1024).toFixed(0)} KB -> ${(after / 1024).toFixed(0)} KB`)
