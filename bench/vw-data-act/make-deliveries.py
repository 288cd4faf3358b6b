#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes a folder of Volkswagen EU Data Act deliveries for the benchmark: N ZIPs named
# <epoch ms>_<VIN>.zip, each holding one dataset of about 60 keyed items from the profile, every
# tenth delivery empty (_no_content_found.zip) and every twentieth a repeat of the one before.
import io, json, os, random, sys, zipfile

def main():
    out, count = sys.argv[1], int(sys.argv[2])
    here = os.path.dirname(os.path.abspath(__file__))
    profile = json.load(open(os.path.join(here, '../../resources/profiles/vw-data-act.json')))
    keys = [k for k in profile['keys'] if not k.get('time')]
    captured = next(k for k in profile['keys'] if k.get('time') == 'captured')
    vin = 'WVWZZZE1ZPP000001'
    rng = random.Random(1)
    os.makedirs(out, exist_ok=True)
    start = 1780000000000
    previous = None
    for i in range(count):
        stamp = start + i * 900000
        if i % 10 == 9:
            open(os.path.join(out, '%d_%s_no_content_found.zip' % (stamp, vin)), 'wb').close()
            continue
        if i % 20 == 4 and previous:
            data = previous
        else:
            items = [{'key': captured['key'], 'dataFieldName': captured['name'],
                      'value': str(stamp)}]
            for k in rng.sample(keys, 60):
                items.append({'key': k['key'], 'dataFieldName': k['name'],
                              'value': str(rng.randint(0, 4000))})
            data = json.dumps({'vin': vin, 'user_id': '6f1c3f0e-0000-4000-8000-000000000001',
                               'Data': items}).encode()
            previous = data
        b = io.BytesIO()
        with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
            z.writestr('%d/dataset.json' % stamp, data)
        with open(os.path.join(out, '%d_%s.zip' % (stamp, vin)), 'wb') as f:
            f.write(b.getvalue())

main()
