#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the Volkswagen EU Data Act fixtures from the format notes (../shared/formats), each with
# its expected report worked out here from the profile's mapping, independently of the importer.
import calendar, io, json, os, sys, zipfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = json.load(open(os.path.join(HERE, '../../../../resources/profiles/vw-data-act.json')))
KEYS = {k['key']: k for k in PROFILE['keys']}
CATEGORY = {k['key']: k['category'] for k in PROFILE['keys']}

VW_VIN = 'WVWZZZE1ZPP000001'      # invented, in the form of a Volkswagen VIN (WMI WVW)
SKODA_VIN = 'TMBJJ7NE0L0000001'   # invented, Škoda's WMI TMB
OTHER_VIN = 'WVWZZZE1ZPP000002'

SOC = 'ae0294b4-1286-3e98-a818-1485b8d88430'          # state_of_charge (flat)
MILEAGE = 'f8eba56b-ee3f-3c48-b852-03c9b956053f'      # long_term_data_mileage (flat)
DOOR = 'db6919e8-430a-35dc-a930-14d289be6985'         # locked_state_front_left_door (flat)
SOC_DOTTED_A = '506cb83e-f99f-3af3-bbeb-0429b69a78d9'  # battery_state_report.soc
SOC_DOTTED_B = '7bddd5e7-43a4-3878-bd63-9502782f77a5'  # battery_state_report.soc, another key
CAPTURED = '1acad4b1-8026-357f-acf7-a5c18fe23f3f'     # car_captured_time
ARTIST = '99a0590e-ad3a-3743-9d5a-11801722d2cd'       # radio/media - Artist
UNKNOWN = '00000000-0000-3000-8000-000000000000'       # in no dictionary
for k in (SOC, MILEAGE, DOOR, SOC_DOTTED_A, SOC_DOTTED_B, CAPTURED, ARTIST):
    assert k in KEYS, k


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def day(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%Y-%m-%d')


def epoch(s):
    return calendar.timegm(datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').timetuple())


def dataset(vin, items, user_id=True):
    d = {'vin': vin}
    if user_id:
        d['user_id'] = '6f1c3f0e-0000-4000-8000-000000000001'
    d['Data'] = items
    return json.dumps(d, ensure_ascii=False).encode()


def item(key, value, t=None):
    name = KEYS[key]['name'] if key in KEYS else 'unknown_signal'
    i = {'key': key, 'dataFieldName': name}
    if value is not None or value == 'null':
        i['value'] = value
    if t is not None:
        i['timestampUtc'] = iso(t)
    return i


def zipped(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2026, 5, 30, 0, 0, 0)), data)
    return b.getvalue()


class Expect:
    """The expected report of a set of records (key, time) going to Volkswagen AG."""

    def __init__(self, vin, make=None, holders=('volkswagen',)):
        self.vin, self.make, self.holders = vin, make, list(holders)
        self.records = []

    def add(self, key, t):
        self.records.append((key, t))

    def report(self, datasets, counts, extra=None):
        cats, kinds, days = {}, {}, {}
        for key, t in self.records:
            cat = CATEGORY.get(key, 'vehicle')
            kind = KEYS[key]['kind'] if key in KEYS else 'other'
            cats[cat] = cats.get(cat, 0) + 1
            kinds[kind] = kinds.get(kind, 0) + 1
            days[day(t)] = days.get(day(t), 0) + 1
        tally = lambda m: {k: {'events': v, 'bytes': 0} for k, v in sorted(m.items())}
        vehicle = {'vin': self.vin}
        if self.make:
            vehicle['make'] = self.make
        r = {
            'format': 'vw-data-act',
            'vehicle': vehicle,
            'data_holders': self.holders,
            'scope': {'categories': True, 'recipients': False, 'purposes': False},
            'datasets': datasets,
            'format_counts': counts,
            'totals': {'events': len(self.records), 'bytes': 0},
            'by_category': tally(cats),
            'by_data_kind': tally(kinds),
            'by_day': tally(days),
        }
        if self.records:
            r['by_host'] = {'org:volkswagen': {'events': len(self.records), 'bytes': 0}}
            times = [t for _, t in self.records]
            r['period'] = {'from': iso(min(times)), 'to': iso(max(times))}
        r.update(extra or {})
        return r


def counts(deliveries=1, empty=0, items=0, unmapped=0, without_value=0,
           without_time=0, vin_not_valid=0):
    return {'deliveries': deliveries, 'empty_deliveries': empty, 'items': items, 'items_not_in_profile': unmapped,
            'items_without_value': without_value, 'items_without_time': without_time,
            'vin_not_valid': vin_not_valid}


def write(name, data, expected):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)
    with open(os.path.join(HERE, name + '.expected.json'), 'w') as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write('\n')


# 1. The flat dialect: every item with its own time.
t1, t2 = epoch('2026-05-29T10:00:00Z'), epoch('2026-05-30T11:00:00Z')
e = Expect(VW_VIN, 'Volkswagen')
items = [item(SOC, '69', t1), item(MILEAGE, '12345', t2), item(DOOR, 'locked', t2)]
for k, t in ((SOC, t1), (MILEAGE, t2), (DOOR, t2)):
    e.add(k, t)
write('flat-dialect-items-with-own-times.json', dataset(VW_VIN, items),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0}, counts(items=3)))

# 2. The dotted dialect: no item has a time; the dataset's captured time (epoch ms) gives the
# day. The same name under two keys is two fields.
captured_ms = '1780095557120'
tc = int(captured_ms) // 1000
e = Expect(SKODA_VIN, 'Škoda', ('volkswagen', 'skoda'))
items = [item(SOC_DOTTED_A, '80'), item(SOC_DOTTED_B, '20'), item(CAPTURED, captured_ms)]
for k in (SOC_DOTTED_A, SOC_DOTTED_B, CAPTURED):
    e.add(k, tc)
write('dotted-dialect-takes-the-captured-time.json', dataset(SKODA_VIN, items, user_id=False),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0}, counts(items=3)))

# 3. Null and missing values are counted, not tallied.
e = Expect(VW_VIN, 'Volkswagen')
items = [item(SOC, '55', t1), {'key': MILEAGE, 'dataFieldName': 'long_term_data_mileage',
                               'value': None, 'timestampUtc': iso(t1)},
         {'key': DOOR, 'dataFieldName': 'locked_state_front_left_door', 'timestampUtc': iso(t1)}]
e.add(SOC, t1)
write('null-and-missing-values-are-counted-not-tallied.json', dataset(VW_VIN, items),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0},
               counts(items=3, without_value=2)))

# 4. A key in no profile is other technical data, never dropped. Media titles are named so.
e = Expect(VW_VIN, 'Volkswagen')
items = [item(UNKNOWN, '1', t1), item(ARTIST, 'Some Band', t2)]
e.add(UNKNOWN, t1)
e.add(ARTIST, t2)
write('unknown-key-is-other-technical-data.json', dataset(VW_VIN, items),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0},
               counts(items=2, unmapped=1)))

# 5. An anonymised VIN does not refuse the file: the advisor confirms the car.
e = Expect('', None)
items = [item(SOC, '40', t1)]
e.add(SOC, t1)
write('anonymised-vin-is-read-without-a-car.json', dataset('*****************', items),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0},
               counts(items=1, vin_not_valid=1)))

# 6. A ZIP of deliveries: one repeated snapshot, two empty deliveries (0 bytes, VIN only), and a
# dataset whose only time is its delivery's, in the file name.
d1, d2, d3, d4, d5 = (1780000000000 + i * 900000 for i in range(5))
a = dataset(VW_VIN, [item(SOC, '70', t1), item(DOOR, 'unlocked', t1)])
b = dataset(VW_VIN, [item(MILEAGE, '12400'), item(SOC, '65')])
outer = zipped([
    ('%d_%s.zip' % (d1, VW_VIN), zipped([('data/dataset.json', a)])),
    ('%d_%s.zip' % (d2, VW_VIN), zipped([('data/dataset.json', a)])),
    ('%d_%s_no_content_found.zip' % (d3, VW_VIN), b''),
    ('%d_%s_no_content_found.zip' % (d4, VW_VIN), VW_VIN.encode()),
    ('%d_%s.zip' % (d5, VW_VIN), zipped([('data/dataset.json', b)])),
])
e = Expect(VW_VIN, 'Volkswagen')
e.add(SOC, t1)
e.add(DOOR, t1)
e.add(MILEAGE, d5 // 1000)
e.add(SOC, d5 // 1000)
write('zip-of-deliveries-with-empty-and-repeated.zip', outer,
      e.report({'total': 5, 'blank': 2, 'accepted': 2, 'rejected': 0, 'repeated': 1},
               counts(deliveries=5, empty=2, items=4),
               {'archive': {'kind': 'zip', 'entries': 5, 'skipped_count': 0, 'skipped': []}}))

# 7. Two cars' deliveries are never merged into one review.
outer = zipped([
    ('%d_%s.zip' % (d1, VW_VIN), zipped([('dataset.json', a)])),
    ('%d_%s.zip' % (d2, OTHER_VIN), zipped([('dataset.json', dataset(OTHER_VIN, [item(SOC, '1', t1)]))])),
])
write('two-cars-are-refused.zip', outer, {'refused': 'deliveries of two cars'})

# 8. A dataset that is not JSON is rejected with its name; the rest is read.
e = Expect(VW_VIN, 'Volkswagen')
e.add(SOC, t1)
outer = zipped([('broken.json', b'{"vin": "' + VW_VIN.encode() + b'", "Data": [ {"key"'),
                ('good.json', dataset(VW_VIN, [item(SOC, '61', t1)]))])
write('dataset-not-json-is-rejected-the-rest-read.zip', outer,
      e.report({'total': 2, 'blank': 0, 'accepted': 1, 'rejected': 1},
               counts(deliveries=1, items=1),
               {'rejected': [{'dataset': 1, 'reason': 'dataset broken.json is not a JSON object'}]}))

print('fixtures written to', HERE)
