#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the BMW CarData archive fixtures from the format notes (../shared/formats), each with its
# expected report worked out here from the profile's mapping, independently of the importer.
import base64, calendar, io, json, os, re, zipfile
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE = json.load(open(os.path.join(HERE, '../../../../resources/profiles/bmw-cardata.json')))
KEYS = {k['telematicKeyName']: k for k in PROFILE['keys']}
DEFAULTS = {d['dataCategory']: d for d in PROFILE['dataCategories']}
KIND_CATEGORY = {k['id']: k['category'] for k in PROFILE['kinds']}


def norm(label):
    """As the profile compares names: en and em dashes made hyphens, ASCII spaces made one,
    ASCII letters in lower case."""
    label = re.sub('[\u2013\u2014]', '-', label)
    label = re.sub('[ \t\r\n]+', ' ', label).strip(' ')
    return ''.join(c.lower() if 'A' <= c <= 'Z' else c for c in label)


LABELS = {}
for k in PROFILE['keys']:
    for text in k['labels'].values():
        LABELS.setdefault(norm(text), k)

BMW_VIN = 'WBY31AW0X0FP00001'   # invented, in the form of a BMW i VIN (WMI WBY)
MINI_VIN = 'WMW11DJ0X02T00001'  # invented, MINI's WMI WMW
PNG = base64.b64encode(b'\x89PNG\r\n\x1a\n' + b'\0' * 64).decode()


def epoch(s):
    return calendar.timegm(datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').timetuple())


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')


def day(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%Y-%m-%d')


def de(t):
    return datetime.fromtimestamp(t, timezone.utc).strftime('%d.%m.%Y %H:%M:%S')


class Expect:
    """The records an archive gives, as (category, kind, time), and the report they make."""

    def __init__(self, vin, make):
        self.vin, self.make, self.records = vin, make, []

    def add(self, category, kind, t):
        self.records.append((category, kind, t))

    def value(self, key, name, list_category, t, value='1'):
        """One telematic value, mapped as the notes say: key name, else label, else category."""
        if value.strip() in ('', 'null', 'NULL', '-NA-', '-'):
            return
        entry = KEYS.get(key) if key else None
        if entry is None and name:
            entry = LABELS.get(norm(name))
        if entry is not None:
            self.add(entry['category'], entry['kind'], t)
        elif list_category in DEFAULTS:
            d = DEFAULTS[list_category]
            self.add(d['category'], d['kind'], t)
        else:
            self.add('vehicle', 'other', t)

    def report(self, entries, counts, details, extra=None):
        cats, kinds, days = {}, {}, {}
        for cat, kind, t in self.records:
            cats[cat] = cats.get(cat, 0) + 1
            kinds[kind] = kinds.get(kind, 0) + 1
            days[day(t)] = days.get(day(t), 0) + 1
        tally = lambda m: {k: {'events': v, 'bytes': 0} for k, v in sorted(m.items())}
        vehicle = {'vin': self.vin}
        if self.make:
            vehicle['make'] = self.make
        r = {
            'format': 'bmw-cardata',
            'vehicle': vehicle,
            'data_holders': ['bmw'],
            'scope': {'categories': True, 'recipients': False, 'purposes': False},
            'entries': entries,
            'format_counts': counts,
            'totals': {'events': len(self.records), 'bytes': 0},
            'by_category': tally(cats),
            'by_data_kind': tally(kinds),
            'by_day': tally(days),
        }
        if not kinds:
            del r['by_data_kind']
        if self.records:
            r['by_host'] = {'org:bmw': {'events': len(self.records), 'bytes': 0}}
        r.update(details)
        r.update(extra or {})
        return r


def counts(**given):
    order = ['files', 'telematic_values', 'values_by_key_name', 'values_by_name',
             'values_by_data_category', 'values_not_in_profile', 'values_without_value',
             'items_without_time', 'service_messages', 'check_control_messages',
             'charging_sessions', 'tyres', 'learned_places', 'learned_routes', 'contracts',
             'files_set_aside', 'files_named_not_found', 'items_not_read', 'vin_not_valid']
    return {k: given.get(k, 0) for k in order}


def zipped(entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name, (2025, 10, 2, 0, 0, 0)), data)
    return b.getvalue()


def write(name, data, expected):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)
    with open(os.path.join(HERE, name + '.expected.json'), 'w') as f:
        json.dump(expected, f, indent=2, ensure_ascii=False)
        f.write('\n')


def tv(fields):
    """One telematicValue element from (tag, text) pairs."""
    return '<telematicValue>' + ''.join(
        '<%s>%s</%s>' % (t, escape(v), t) for t, v in fields) + '</telematicValue>'


def index(vin, request, lists, contracts='', files=None, lang='de', prolog=''):
    attrs = 'vin="%s" lang="%s" requestDate="%s" unitOfLength="km"' % (vin, lang, request)
    for attr, value in (files or {}).items():
        attrs += ' %s="%s"' % (attr, value)
    attrs += ' keyListFileName="CarData_KeyList.xml"' if files else ''
    body = ''.join(lists) + contracts + '<vehicleImage>%s</vehicleImage>' % PNG
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog +
            '<customerArchiveContent %s>%s</customerArchiveContent>\n' % (attrs, body)).encode()


def contract(name, status, start, end):
    return ('<casaContractDetailsDataList><name>%s</name><status>%s</status>'
            '<contractPeriod><start>%s</start><end>%s</end></contractPeriod>'
            '<offerId><globalId>G1</globalId><masterOfferId>M1</masterOfferId></offerId>'
            '</casaContractDetailsDataList>' % (escape(name), status, start, end))


def tyre(dim, season, season_text, maker, design, produced, wear, run_flat=False):
    return {
        'label': 'Reifen',
        'dimension': {'label': 'Dimension', 'value': dim, 'sectionWidth': 245, 'aspectRatio': 45,
                      'rimDiameter': 18, 'loadIndex': 100, 'speedRating': 'Y',
                      'constructionType': 'R'},
        'mountingDate': {'label': 'Montagedatum', 'mountingDate': '2025-04-12', 'value': '12.04.2025'},
        'partNumber': {'label': 'Teilenummer', 'partNumber': '36122000001', 'value': '36122000001'},
        'runFlat': {'label': 'Runflat', 'runFlat': run_flat, 'value': 'Nein'},
        'season': {'label': 'Saison', 'season': season, 'value': season_text},
        'tread': {'label': 'Profil', 'manufacturer': maker, 'treadDesign': design, 'carcass': 'R'},
        'tyreProductionDate': {'label': 'Produktionsdatum', 'statusColor': 'GREEN', 'value': produced},
        'tyreWear': {'label': 'Verschleiss', 'statusColor': wear, 'unit': 'mm'},
        'tyreDefect': {'label': 'Kein Defekt'},
        'qualityStatus': {'label': 'Qualität', 'qualityStatus': 'OK', 'value': 'In Ordnung'},
    }


def tyre_set(label, t):
    return {'label': label,
            'aggregatedQualityStatus': {'label': 'Zustand', 'qualityStatus': 'OK', 'value': 'In Ordnung'},
            'frontLeft': t, 'frontRight': t, 'rearLeft': t, 'rearRight': t}


def expected_tyres(mounted, label, dim, season, season_text, maker, design, produced, wear):
    wheels = ['front_left', 'front_right', 'rear_left', 'rear_right']
    return {'mounted': mounted, 'label': label, 'quality': 'In Ordnung',
            'tyres': [{'wheel': w, 'dimension': dim, 'season': season, 'season_text': season_text,
                       'manufacturer': maker, 'tread': design, 'production_date': produced,
                       'mounting_date': '2025-04-12', 'wear': wear, 'run_flat': False}
                      for w in wheels]}


# 1. A 2025 archive: telematicKeyName on every value, ISO times, the three JSON files named by
# the index in the same folder, a picture and BMW's catalogue PDF set aside.
request = '01-10-2025'
t_request = epoch('2025-10-01T00:00:00Z')
tv1, tv2 = epoch('2025-09-30T08:12:44Z'), epoch('2025-09-29T17:40:02Z')
e = Expect(BMW_VIN, 'BMW')
lists = []
values = [
    ('vehicle.cabin.infotainment.navigation.currentLocation.latitude', 'Latitude', '47.37', tv1),
    ('vehicle.cabin.infotainment.navigation.currentLocation.longitude', 'Longitude', '8.54', tv1),
    ('vehicle.vehicle.travelledDistance', 'Mileage', '23456', tv2),
    ('vehicle.drivetrain.electricEngine.charging.status', 'Charging status', 'NOCHARGING', tv2),
    ('vehicle.cabin.infotainment.isMobilePhoneConnected', 'Mobile phone', 'null', tv2),
    ('vehicle.not.in.the.catalogue', 'Something new', '7', tv1),
]
items = ''
for key, name, value, t in values:
    items += tv([('name', name), ('value', value), ('unit', '-'), ('fetchTimestamp', iso(t + 60)),
                 ('valueTimestamp', iso(t)), ('dataCategoryType', 'VEHICLE_STATUS'),
                 ('telematicKeyName', key)])
    e.value(key if key in KEYS else None, None if key in KEYS else name, 'VEHICLE_STATUS', t, value)
lists.append('<telematicValueList dataCategory="VEHICLE_STATUS">%s</telematicValueList>' % items)
basic = tv([('name', 'Fahrzeugbasisdaten'), ('value', 'i4 eDrive40')])
lists.insert(0, '<basicVehicleData dataCategory="BASIC_DATA">%s</basicVehicleData>' % basic)
e.value(None, 'Fahrzeugbasisdaten', 'BASIC_DATA', t_request)
lists.append('<telematicValueList dataCategory="EVENTS"/>')
contracts = (contract('ConnectedDrive Services', 'ACTIVE', '2023-03-01T00:00:00Z', '2026-03-01T00:00:00Z') +
             contract('Remote Services', 'EXPIRED', '2021-03-01T00:00:00Z', '2024-03-01T00:00:00Z'))
e.add('identity', 'connecteddrive', t_request)
e.add('identity', 'connecteddrive', t_request)
files = {'chargingHistoryFileName': 'CarData_ChargingHistory.json',
         'smartMaintenanceFileName': 'CarData_SmartMaintenanceTyreDiagnosis.json',
         'learningNavigationFileName': 'CarData_LearningNavigation.json'}
s1, s2, s3 = epoch('2025-09-01T18:00:00Z'), epoch('2025-09-10T07:30:00Z'), epoch('2025-09-20T21:15:00Z')
sessions = [
    {'startTime': s1, 'endTime': s1 + 7200, 'timeZone': 'Europe/Zurich',
     'chargingLocation': {'formattedAddress': 'Musterweg 1, 8000 Zürich', 'mapMatchedLatitude': 47.37,
                          'mapMatchedLongitude': 8.54, 'municipality': 'Zürich', 'streetAddress': 'Musterweg 1'},
     'publicChargingPoint': {'potentialChargingPointMatches': [
         {'providerName': 'Provider One', 'city': 'Zürich', 'postalCode': '8000', 'streetAddress': 'Musterweg 1'},
         {'providerName': 'Provider Two', 'city': 'Zürich', 'postalCode': '8000', 'streetAddress': 'Musterweg 3'}]},
     'displayedStartSoc': 20, 'displayedSoc': 80, 'energyConsumedFromPowerGridKwh': 41.5, 'chargingBlocks': [],
     'chargingCostInformation': {'calculatedChargingCost': 12.3, 'calculatedSavings': 0, 'currency': 'CHF'},
     'mileage': 23000, 'mileageUnits': 'km', 'totalChargingDurationSec': 7200,
     'isPreconditioningActivated': False, 'businessErrors': []},
    {'startTime': s2, 'endTime': s2 + 3600, 'timeZone': 'Europe/Zurich',
     'publicChargingPoint': {'potentialChargingPointMatches': [{'providerName': 'Provider One'}]},
     'displayedStartSoc': 50, 'displayedSoc': 90, 'energyConsumedFromPowerGridKwh': 30.25},
    {'startTime': s3, 'endTime': s3 + 1800, 'chargingLocation': {'municipality': 'Bern'},
     'energyConsumedFromPowerGridKwh': 10.0, 'energyIncreaseHvbKwh': 9.5},
]
for s in (s1, s2, s3):
    e.add('energy', 'charging', s)
summer = tyre('245/45 R18 100Y', 'SUMMER', 'Sommer', 'Maker A', 'Tread S', '2423', 'GREEN')
winter = tyre('245/45 R18 100V', 'WINTER', 'Winter', 'Maker B', 'Tread W', '3822', 'YELLOW')
maintenance = {'errors': [], 'passengerCar': {'mountedTyres': tyre_set('Montierte Reifen', summer),
                                              'unmountedTyres': tyre_set('Eingelagerte Reifen', winter)}}
for _ in range(8):
    e.add('vehicle', 'tyres', t_request)
p_upd = '2025-08-14T06:00:00Z'
places = [
    {'place': {'id': 'p1', 'center': {'lat': 47.1, 'lng': 8.1}, 'radius': 50, 'relevanceScore': 0.9,
               'learnedLabel': {'label': 'HOME', 'successFactor': 0.8}, 'dateTimeUpdated': p_upd},
     'visitScoreDistributionStatistics': {'entries': []},
     'clusterHistory': [{'coordinates': {'lat': 47.1, 'lng': 8.1}, 'accuracy': 10}]},
    {'place': {'id': 'p2', 'center': {'lat': 47.2, 'lng': 8.2}, 'radius': 80,
               'learnedLabel': {'label': 'WORK'}}},
    {'place': {'id': 'p3', 'center': {'lat': 47.3, 'lng': 8.3}}},
    {'place': {'id': 'p4', 'center': {'lat': 47.4, 'lng': 8.4}, 'learnedLabel': {'label': ''}}},
]
e.add('location', 'learned-navigation', epoch(p_upd))
for _ in range(3):
    e.add('location', 'learned-navigation', t_request)
routes = [{'route': {'id': 'r%d' % i, 'originId': 'p1', 'destinationId': 'p2',
                     'segments': [{'segmentId': 1, 'locations': [{'location': {'lat': 47.1, 'lng': 8.1}}]}]},
           'statistics': {'entries': []}} for i in range(3)]
for _ in routes:
    e.add('location', 'learned-navigation', t_request)
navigation = {'places': places, 'routes': routes,
              'transitions': [{'id': 't1', 'originId': 'p1', 'destinationId': 'p2'},
                              {'id': 't2', 'originId': 'p2', 'destinationId': 'p1'}]}
folder = 'CarData_%s_2025-10-01/' % BMW_VIN
archive = zipped([
    (folder + 'CarData_ChargingHistory.json', json.dumps(sessions, ensure_ascii=False)),
    (folder + 'CarData_KeyList.xml', index(BMW_VIN, request, lists, contracts, files)),
    (folder + 'CarData_LearningNavigation.json', json.dumps(navigation)),
    (folder + 'CarData_SmartMaintenanceTyreDiagnosis.json', json.dumps(maintenance, ensure_ascii=False)),
    (folder + 'vehicleImage.png', base64.b64decode(PNG)),
    (folder + 'BMWCarDataTelematikdatenKatalog.pdf', b'%PDF-1.4\n%%EOF\n'),
])
details = {
    'tyres': [expected_tyres(True, 'Montierte Reifen', '245/45 R18 100Y', 'summer', 'Sommer',
                             'Maker A', 'Tread S', '2423', 'green'),
              expected_tyres(False, 'Eingelagerte Reifen', '245/45 R18 100V', 'winter', 'Winter',
                             'Maker B', 'Tread W', '3822', 'yellow')],
    'learned_navigation': {'places': 4, 'labelled_places': 2, 'routes': 3, 'transitions': 2},
    'charging_history': {'sessions': 3, 'sessions_with_place': 2, 'first': iso(s1),
                         'last': iso(s3 + 1800), 'energy_kwh': 82,
                         'providers': ['Provider One'], 'more_providers': 0},
    'services': [{'name': 'ConnectedDrive Services', 'status': 'ACTIVE', 'active': True,
                  'start': '2023-03-01T00:00:00Z', 'end': '2026-03-01T00:00:00Z'},
                 {'name': 'Remote Services', 'status': 'EXPIRED', 'active': False,
                  'start': '2021-03-01T00:00:00Z', 'end': '2024-03-01T00:00:00Z'}],
    'more_services': 0,
}
write('archive-2025-with-key-names.zip', archive,
      e.report({'total': 6, 'blank': 2, 'accepted': 4, 'rejected': 0},
               counts(files=6, telematic_values=7, values_by_key_name=4, values_by_name=1,
                      values_by_data_category=1, values_without_value=1, charging_sessions=3,
                      tyres=8, learned_places=4, learned_routes=3, contracts=2, files_set_aside=2),
               details, {'archive': {'kind': 'zip', 'entries': 6, 'skipped_count': 0, 'skipped': []}}))

# 2. A 2019 archive of a MINI: German names only (one with an en dash), German times, service
# messages whose list time comes after them, a value no table knows (its list's category).
request = '20-02-2019'
t_request = epoch('2019-02-20T00:00:00Z')
tv1, tv2 = epoch('2019-02-21T10:00:16Z'), epoch('2019-02-21T06:23:08Z')
e = Expect(MINI_VIN, 'MINI')
status = [
    ('AC-Ladespannung', '235', tv1),
    ('Position des Fahrzeugs \u2013 geographische Breite', '48.18942', tv1),
    ('Position des Fahrzeugs  -  geographische Länge', '11.568546', tv1),
    ('Kilometerstand', '4189', tv1),
    ('Status der Tür vorn links', 'CLOSED', tv1),
    ('Remote Service Typ', 'REMOTE_CHARGING_PROFILE', tv1),
    ('Niedervoltbatterie', 'null', tv1),
    ('Position des Fahrzeugs über Normalhöhennull', '-NA-', tv1),
]
usage = [
    ('Kilometerstand der letzten Fahrt', '4189', tv2),
    ('Zeitpunkt der letzten Fahrt', '21.02.2019 06:21:00 UTC', tv2),
    ('Fahrstilbewertung \'Beschleunigungsverhalten\'', '0', tv2),
]
items = ''
for name, value, t in status:
    items += tv([('name', name), ('value', value), ('unit', '-'),
                 ('fetchTimestamp', de(t + 1800)), ('valueTimestamp', de(t))])
    e.value(None, name, 'VEHICLE_STATUS', t, value)
lists = ['<telematicValueList dataCategory="VEHICLE_STATUS">%s</telematicValueList>' % items]
items = ('<cbsMessageList>'
         '<cbsMessage><name>Bremsflüssigkeit</name><description>Nächster Wechsel.</description>'
         '<status>OK</status><date>01.12.2020 00:00</date><unitOfLengthRemaining>null</unitOfLengthRemaining></cbsMessage>'
         '<cbsMessage><name>Fahrzeug-Check</name><status>OK</status><date>01.12.2020 00:00</date></cbsMessage>'
         '<valueTimestamp>%s</valueTimestamp></cbsMessageList>'
         '<ccmMessageList><valueTimestamp>%s</valueTimestamp></ccmMessageList>' % (de(tv1), de(tv1)))
for _ in range(2):
    e.add('vehicle', 'service', tv1)
for name, value, t in usage:
    items += tv([('name', name), ('value', value), ('unit', '-'),
                 ('fetchTimestamp', de(t + 1800)), ('valueTimestamp', de(t))])
    e.value(None, name, 'USAGE_BASED', t, value)
lists.append('<telematicValueList dataCategory="USAGE_BASED">%s</telematicValueList>' % items)
lists.append('<telematicValueList dataCategory="EVENTS"/><logoURL>https://bmwcardata.bmwgroup.com/images/logo.png</logoURL>')
by_name = sum(1 for n, v, _ in status + usage if v not in ('null', '-NA-') and norm(n) in LABELS)
by_category = sum(1 for n, v, _ in status + usage if v not in ('null', '-NA-') and norm(n) not in LABELS)
write('archive-2019-localized-names.zip',
      zipped([('CarData_KeyList_%s.xml' % MINI_VIN, index(MINI_VIN, request, lists))]),
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0},
               counts(files=1, telematic_values=11, values_by_name=by_name,
                      values_by_data_category=by_category, values_without_value=2,
                      service_messages=2),
               {}))

# 3. An index with a DTD and an entity bomb is not read at all; the files beside it are.
bomb = ('<!DOCTYPE customerArchiveContent [\n<!ENTITY a "aaaaaaaaaa">\n'
        + ''.join('<!ENTITY %s "&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;">\n' % ((chr(98 + i),) + (chr(97 + i),) * 10)
                  for i in range(8)) + ']>\n')
lists = ['<telematicValueList dataCategory="VEHICLE_STATUS">%s</telematicValueList>'
         % tv([('name', '&i;'), ('value', '1'), ('telematicKeyName', 'vehicle.vehicle.travelledDistance')])]
e = Expect('', None)
sessions = [{'startTime': s1, 'endTime': s1 + 60}]
e.add('energy', 'charging', s1)
xml = index(BMW_VIN, '01-10-2025', lists, prolog=bomb).replace(b'&amp;i;', b'&i;')
write('index-with-dtd-and-entity-bomb-is-not-read.zip',
      zipped([('CarData_ChargingHistory.json', json.dumps(sessions)), ('CarData_KeyList.xml', xml)]),
      e.report({'total': 2, 'blank': 0, 'accepted': 1, 'rejected': 1},
               counts(files=2, charging_sessions=1),
               {'charging_history': {'sessions': 1, 'sessions_with_place': 0, 'first': iso(s1),
                                     'last': iso(s1 + 60), 'energy_kwh': 0, 'providers': [],
                                     'more_providers': 0}},
               {'rejected': [{'entry': 2, 'reason': 'CarData_KeyList.xml declares a document type (DTD), which is not read'}]}))

# 4. An index cut off in the middle: the values before the break are kept, the break is said.
e = Expect(BMW_VIN, 'BMW')
t = epoch('2025-09-30T08:12:44Z')
good = tv([('name', 'Mileage'), ('value', '100'), ('valueTimestamp', iso(t)),
           ('telematicKeyName', 'vehicle.vehicle.travelledDistance')])
e.value('vehicle.vehicle.travelledDistance', None, 'VEHICLE_STATUS', t)
xml = index(BMW_VIN, '01-10-2025', ['<telematicValueList dataCategory="VEHICLE_STATUS">' + good + '\n' + good])
xml = xml[:xml.rindex(b'<telematicValue>') + 30]
write('index-cut-off-keeps-what-came-before.zip',
      zipped([('CarData_KeyList.xml', xml)]),
      e.report({'total': 1, 'blank': 0, 'accepted': 0, 'rejected': 1},
               counts(files=1, telematic_values=1, values_by_key_name=1), {},
               {'rejected': [{'entry': 1, 'reason': 'CarData_KeyList.xml is not well-formed XML from line 3'}]}))

# 5. The index names files the archive lacks, one JSON file is broken, and the VIN is anonymised.
e = Expect('', None)
xml = index('WBY*************1', '01-10-2025', [], '', files)
write('named-file-missing-and-broken-json.zip',
      zipped([('CarData_KeyList.xml', xml), ('CarData_ChargingHistory.json', b'[{"startTime": 17')]),
      e.report({'total': 2, 'blank': 0, 'accepted': 1, 'rejected': 1},
               counts(files=2, files_named_not_found=2, vin_not_valid=1), {},
               {'rejected': [{'entry': 2, 'reason': 'CarData_ChargingHistory.json is not JSON'}]}))

# 6. Two indexes are two archives: never one review.
write('two-indexes-are-refused.zip',
      zipped([('a/CarData_KeyList.xml', index(BMW_VIN, '01-10-2025', [])),
              ('b/CarData_KeyList.xml', index(MINI_VIN, '01-10-2025', []))]),
      {'refused': 'several logs'})

# 7. The index alone, as a file: its values and contracts, nothing of the files it names.
e = Expect(BMW_VIN, 'BMW')
e.value('vehicle.vehicle.travelledDistance', None, 'VEHICLE_STATUS', t)
e.add('identity', 'connecteddrive', epoch('2025-10-01T00:00:00Z'))
xml = index(BMW_VIN, '01-10-2025', ['<telematicValueList dataCategory="VEHICLE_STATUS">' + good +
                                     '</telematicValueList>'],
            contract('ConnectedDrive Services', '', '2024-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), files)
write('index-alone-CarData_KeyList.xml', xml,
      e.report({'total': 1, 'blank': 0, 'accepted': 1, 'rejected': 0},
               counts(files=1, telematic_values=1, values_by_key_name=1, contracts=1,
                      files_named_not_found=3),
               {'services': [{'name': 'ConnectedDrive Services', 'status': '', 'active': True,
                              'start': '2024-01-01T00:00:00Z', 'end': '2027-01-01T00:00:00Z'}],
                'more_services': 0}))
