#!/usr/bin/env python3
"""Moves regions whose coordinates fall outside their country back inside it.

country-state-city gives some first-level regions the centroid of a namesake abroad (Kent, GB, in Ohio;
Fontana, MT, in California). Given the list printed by PlaceShapeTests (lines "REGION name (CC, region) at
lat,lon"), this sets each listed region to the mean of its own cities, or, when it has none, to its country's
coordinates, and rewrites places.tsv.gz in place.

    mvn -q -o test -Dtest=PlaceShapeTests -Dshape.list=5000 | grep '^REGION' > /tmp/outside.txt
    python3 src/tools/gazetteer/repair-region-centroids.py /tmp/outside.txt
"""
import collections
import gzip
import re
import sys

PLACES = 'src/main/resources/place/places.tsv.gz'

outside = set()
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.match(r'REGION (.*) \((\w\w), [^)]*\) at', line)
    if m:
        outside.add((m.group(1), m.group(2)))

with gzip.open(PLACES, 'rt', encoding='utf-8') as f:
    lines = f.read().split('\n')
header = [l for l in lines if l.startswith('#')]
rows = [l.split('\t') for l in lines if l and not l.startswith('#')]
cities = collections.defaultdict(list)
countries = {}
for r in rows:
    if r[0] == 'CITY':
        cities[(r[4], r[3])].append((float(r[5]), float(r[6])))
    elif r[0] == 'COUNTRY':
        countries[r[3]] = (r[5], r[6])
moved = 0
for r in rows:
    if r[0] == 'REGION' and (r[1], r[3]) in outside:
        own = cities.get((r[1], r[3]))
        if own:
            r[5] = '%.4f' % (sum(p[0] for p in own) / len(own))
            r[6] = '%.4f' % (sum(p[1] for p in own) / len(own))
        elif r[3] in countries:
            r[5], r[6] = countries[r[3]]
        moved += 1
with gzip.open(PLACES, 'wt', encoding='utf-8') as f:
    f.write('\n'.join(header + ['\t'.join(r) for r in rows]) + '\n')
print('moved', moved, 'regions')
