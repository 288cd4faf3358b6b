#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The yardstick for the Volkswagen importer: a plain Python reader (zipfile + json) that does the
# same mapping on a folder of deliveries: datasets by fingerprint once, items by key through the
# profile, the day from the dataset's captured time; prints the same totals as JSON.
import hashlib, io, json, os, sys, zipfile
from datetime import datetime, timezone

def main():
    folder = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    profile = json.load(open(os.path.join(here, '../../resources/profiles/vw-data-act.json')))
    keys = {k['key']: k for k in profile['keys']}
    seen, by_kind, by_category, by_day = set(), {}, {}, {}
    datasets = empty = repeated = items = 0

    def dataset(data):
        nonlocal datasets, repeated, items
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            repeated += 1
            return
        seen.add(digest)
        doc = json.loads(data)
        datasets += 1
        captured = None
        for item in doc['Data']:
            k = keys.get(item.get('key'))
            if k and k.get('time') and item.get('value') and item['value'].isdigit():
                captured = int(item['value']) // 1000
                break
        for item in doc['Data']:
            if item.get('value') is None:
                continue
            items += 1
            k = keys.get(item.get('key'))
            kind = k['kind'] if k else 'other'
            category = k['category'] if k else 'vehicle'
            by_kind[kind] = by_kind.get(kind, 0) + 1
            by_category[category] = by_category.get(category, 0) + 1
            day = datetime.fromtimestamp(captured, timezone.utc).strftime('%Y-%m-%d')
            by_day[day] = by_day.get(day, 0) + 1

    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        raw = open(path, 'rb').read()
        if not raw or '_no_content_found' in name:
            empty += 1
            continue
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            for entry in z.namelist():
                dataset(z.read(entry))
    print(json.dumps({'datasets': datasets, 'empty': empty, 'repeated': repeated,
                      'events': items, 'by_kind': by_kind, 'by_category': by_category,
                      'days': len(by_day)}, sort_keys=True))

main()
