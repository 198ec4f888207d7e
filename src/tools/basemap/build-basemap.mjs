#!/usr/bin/env node
// Converts Natural Earth country shapes (TopoJSON from the npm package "world-atlas")
// into the compact gzip binary that io.sitrep.map.BaseMap loads.
//
// Usage (see README.md beside this file):
//   node build-basemap.mjs <path/to/countries-10m.json> <out/basemap-10m.bin.gz>
//
// Format, all integers big-endian; "varint" is unsigned LEB128, "svarint" zigzag LEB128:
//   bytes  "SRBM"            magic
//   u8     1                 version
//   f64 x4 scaleX scaleY translateX translateY   (lon = q * scaleX + translateX, same for lat)
//   varint arcCount
//     per arc: varint pointCount, then pointCount x (svarint dx, svarint dy)  (TopoJSON delta encoding)
//   varint countryCount
//     per country: varint nameLength, UTF-8 name bytes, varint polygonCount
//       per polygon: varint ringCount (first ring is the outer one, the rest are holes)
//         per ring: varint arcRefCount, arcRefCount x svarint ref (ref < 0 means arc ~ref reversed)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node build-basemap.mjs <countries-10m.json> <basemap.bin.gz>');
  process.exit(2);
}

const topology = JSON.parse(readFileSync(input, 'utf8'));
const { scale, translate } = topology.transform;
const bytes = [];

function varint(value) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad varint ${value}`);
  while (value >= 0x80) {
    bytes.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  bytes.push(value);
}
const svarint = (value) => varint(value >= 0 ? value * 2 : -value * 2 - 1);
function f64(value) {
  const buffer = Buffer.alloc(8);
  buffer.writeDoubleBE(value);
  bytes.push(...buffer);
}

bytes.push(...Buffer.from('SRBM', 'ascii'), 1);
f64(scale[0]); f64(scale[1]); f64(translate[0]); f64(translate[1]);

varint(topology.arcs.length);
for (const arc of topology.arcs) {
  varint(arc.length);
  for (const [dx, dy] of arc) { svarint(dx); svarint(dy); }
}

const countries = topology.objects.countries.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
varint(countries.length);
for (const country of countries) {
  const name = Buffer.from(country.properties?.name ?? '', 'utf8');
  varint(name.length);
  bytes.push(...name);
  const polygons = country.type === 'Polygon' ? [country.arcs] : country.arcs;
  varint(polygons.length);
  for (const rings of polygons) {
    varint(rings.length);
    for (const ring of rings) {
      varint(ring.length);
      for (const ref of ring) svarint(ref);
    }
  }
}

const gz = gzipSync(Buffer.from(bytes), { level: 9 });
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, gz);
console.log(`${countries.length} countries, ${topology.arcs.length} arcs, ${bytes.length} bytes raw, ${gz.length} bytes gzip -> ${output}`);
