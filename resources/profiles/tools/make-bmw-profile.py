# SPDX-License-Identifier: GPL-3.0-or-later
# Builds resources/profiles/bmw-cardata.json from a local copy of BMW's telematic catalogue (ioBroker.bmw telematic.json).
"""
Usage:
    python3 make-bmw-profile.py TELEMATIC_JSON [-o OUTPUT] [--as-listed] [--check-against NEWER_JSON]

TELEMATIC_JSON is a local copy of telematic.json from the GitHub repository
TA2k/ioBroker.bmw at commit e5cf4bf40f7d7a90ba0241d89f174e2a6ee62ef1 (only the fields
cardata_element, cardata_element_de, technical_identifier and unit are read). The script
reads that one file and writes the profile; it never downloads anything.

What the script knows about that file (checked at run time, the script stops otherwise):

* It has no category field. It is BMW's English and German catalogue pages joined row by row.
  Each page lists BMW's data categories in rank order (BASIC_DATA, VEHICLE_STATUS,
  USAGE_BASED, EVENTS, BEV_PHEV_DATA, META_DATA, TYRE_DATA, CD_CONTRACT) and, inside a
  category, sorts the entries by name. A category ends where the English names stop
  being in order.
* The German page is sorted by the German names, so inside a category most rows carry the
  German name of another entry. DE_OWNERS below says, for each category, to which entry
  (by its position in the English order) each row's German name belongs; the names were
  matched by their German descriptions. --as-listed keeps the German names as listed.
* Some units are shifted in the same way; UNIT_DROP lists the units that do not fit their
  entry (a boolean with "celsius", a mileage with "percent", ...), which are left out.

--check-against compares the German names with a newer telematic.json that joins the two
languages by technical identifier (for example the one in the npm package iobroker.bmw 5.0.2)
and reports every difference.
"""

import argparse
import hashlib
import json
import re
import sys
from collections import Counter, OrderedDict

SOURCE = ("GitHub TA2k/ioBroker.bmw, telematic.json, commit "
          "e5cf4bf40f7d7a90ba0241d89f174e2a6ee62ef1 (BMW CarData telematic catalogue, English and "
          "German pages joined); dataCategory ranks from GitHub tjamet/bmw-cardata, "
          "cmd/generate/catalogue.json, commit f3f255e47694c38b00d7396eaa6b54f392ea7ed5")

# sha256 of the technical identifiers of the expected input, one per line, in file order.
EXPECTED_IDS_SHA256 = "900be58d175f4da0559e07042fcfa61c75c19594c3bdba369a4ada9e373e0c36"

# BMW's data categories in their rank order, as the catalogue lists them.
DATA_CATEGORY_ORDER = ["BASIC_DATA", "VEHICLE_STATUS", "USAGE_BASED", "EVENTS",
                       "BEV_PHEV_DATA", "META_DATA", "TYRE_DATA", "CD_CONTRACT"]
EXPECTED_BLOCK_SIZES = [6, 130, 17, 2, 113, 13, 12, 1]

# For each data category: the German name in row p (1-based, inside the category) belongs to
# the entry at position DE_OWNERS[cat][p-1] of that category (1-based, in English order).
DE_OWNERS = {
    "BASIC_DATA": [1, 2, 6, 3, 4, 5],
    "VEHICLE_STATUS": [
        1, 56, 57, 26, 58, 5, 64, 52, 10, 9, 3, 113, 72, 39, 109, 67, 100, 36, 112, 71,
        38, 108, 66, 35, 80, 29, 27, 28, 65, 76, 59, 32, 62, 102, 43, 77, 50, 116, 61, 51,
        8, 6, 101, 122, 49, 53, 54, 47, 48, 55, 127, 126, 129, 130, 128, 104, 125, 103, 79, 63,
        2, 115, 75, 42, 111, 70, 37, 114, 74, 41, 110, 69, 34, 81, 82, 25, 107, 31, 20, 24,
        19, 15, 22, 17, 13, 23, 18, 14, 21, 16, 12, 121, 44, 93, 95, 97, 89, 91, 87, 123,
        86, 7, 96, 98, 90, 92, 85, 99, 84, 73, 40, 68, 33, 106, 105, 11, 124, 78, 4, 60,
        119, 117, 118, 46, 45, 120, 94, 30, 83, 88],
    "USAGE_BASED": [4, 5, 1, 2, 3, 17, 16, 15, 8, 13, 14, 10, 11, 12, 9, 7, 6],
    "EVENTS": [1, 2],
    "BEV_PHEV_DATA": [
        1, 67, 47, 6, 3, 4, 8, 9, 64, 7, 66, 60, 62, 10, 18, 16, 17, 30, 28, 29,
        33, 31, 32, 36, 34, 35, 21, 19, 20, 24, 22, 23, 27, 25, 26, 14, 15, 43, 75, 39,
        5, 37, 65, 12, 13, 72, 73, 68, 84, 69, 70, 111, 112, 113, 79, 95, 83, 50, 2, 38,
        90, 63, 48, 46, 44, 52, 45, 56, 57, 59, 53, 54, 58, 88, 89, 91, 108, 11, 92, 55,
        76, 78, 77, 94, 97, 98, 99, 102, 87, 109, 85, 40, 41, 104, 105, 106, 82, 80, 42, 51,
        81, 61, 96, 101, 100, 71, 49, 86, 110, 107, 74, 103, 93],
    "META_DATA": [1, 8, 11, 7, 3, 10, 13, 6, 4, 2, 9, 12, 5],
    "TYRE_DATA": [3, 4, 1, 2, 7, 8, 5, 6, 11, 12, 9, 10],
    "CD_CONTRACT": [1],
}

# Units of the catalogue that belong to another entry (or are no unit at all): left out.
UNIT_DROP = {
    "vehicle.extras.optionalEquipment.code": "kWh",
    "vehicle.look.image": "kWh",
    "vehicle.drivetrain.electricEngine.charging.profile.mode": "V",
    "vehicle.electricalSystem.battery.serviceDemand.replace": "percent",
    "vehicle.electricalSystem.battery.stateOfChargePlausibility": "%",
    "vehicle.vehicle.travelledDistance": "null",
    "vehicle.status.conditionBasedServicesCount": "percent",
    "vehicle.vehicle.preConditioning.activity": "s",
    "vehicle.sevice.preferredSevicePartner": "percent",
    "vehicle.cabin.hvac.preconditioning.status.rearDefrostActive": "percent",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row2.driverSide.cooling": "percent",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row2.driverSide.heating": "percent",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row2.passengerSide.cooling": "percent",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row2.passengerSide.heating": "percent",
    "vehicle.body.trunk.window.isOpen": "celsius",
    "vehicle.vehicle.preConditioning.error": "celsius",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row3.passengerSide.cooling": "percent",
    "vehicle.cabin.hvac.preconditioning.configuration.directStartSettings.seat.row3.passengerSide.heating": "percent",
    "vehicle.body.trunk.left.door.isOpen": "months",
    "vehicle.body.trunk.isLocked": "weeks",
    "vehicle.privacySettings.dataCollection.regulations.obfcm": "l",
    "vehicle.learningNavigation": "km/h",
    "vehicle.drivetrain.electricEngine.charging.acRestriction.isChosen": "V",
    "vehicle.drivetrain.electricEngine.charging.acRestriction.factor": "A",
    "vehicle.powertrain.electric.battery.charging.acousticLimit": "percent",
    "vehicle.drivetrain.electricEngine.charging.authentication.status": "min",
    "vehicle.drivetrain.electricEngine.charging.method": "km/h",
    "vehicle.drivetrain.electricEngine.charging.chargingMode": "percent",
    "vehicle.drivetrain.electricEngine.charging.modeDeviation": "kWh",
    "vehicle.body.chargingPort.plugEventId": "stars",
    "vehicle.body.chargingPort.statusClearText": "stars",
    "vehicle.drivetrain.electricEngine.charging.connectionType": "kWh",
    "vehicle.drivetrain.electricEngine.charging.phaseNumber": "kWh",
    "vehicle.powertrain.electric.chargingDuration.displayControl": "V",
    "vehicle.powertrain.electric.departureTime.displayControl": "W",
    "vehicle.powertrain.electric.battery.stateOfHealth.displayed": "km",
    "vehicle.drivetrain.electricEngine.charging.isImmediateChargingSystemReason": "km",
    "vehicle.drivetrain.electricEngine.charging.isSingleImmediateCharging": "km",
    "vehicle.drivetrain.electricEngine.charging.lastChargingReason": "min",
    "vehicle.body.chargingPort.isHospitalityActive": "km",
    "vehicle.body.flap.isPermanentlyUnlocked": "km",
    "vehicle.trip.segment.end.travelledDistance": "percent",
    "vehicle.powertrain.electric.battery.charging.acLimit.isActive": "km",
    "vehicle.body.chargingPort.dcStatus": "kWh",
    "vehicle.trip.segment.end.time": "%",
    "vehicle.cabin.infotainment.hmi.distanceUnit": "min",
    "vehicle.cabin.infotainment.navigation.currentLocation.fixStatus": "min",
    "vehicle.cabin.infotainment.navigation.currentLocation.numberOfSatellites": "min",
    "vehicle.cabin.climate.timers.weekdaysTimer2.action": "h",
}

# The groups the customer sees: id, then names in fr, de (Swiss), it, en.
KINDS = OrderedDict([
    ("car-details", ("Données de la voiture", "Angaben zum Auto", "Dati dell'auto", "Car details")),
    ("battery", ("Batterie haute tension", "Hochvolt-Batterie", "Batteria ad alta tensione", "High-voltage battery")),
    ("technical-state", ("État technique", "Technischer Zustand", "Stato tecnico", "Technical condition")),
    ("doors-locks", ("Portes, serrures et alarme", "Türen, Schlösser und Alarm", "Porte, serrature e allarme", "Doors, locks and alarm")),
    ("service", ("Service et entretien", "Service und Wartung", "Servizio e manutenzione", "Service and maintenance")),
    ("charging", ("Recharge de la voiture", "Laden des Autos", "Ricarica dell'auto", "Charging the car")),
    ("windows-roof", ("Vitres et toit", "Fenster und Dach", "Finestrini e tetto", "Windows and roof")),
    ("display-settings", ("Réglages d'affichage", "Einstellungen der Anzeige", "Impostazioni dello schermo", "Display settings")),
    ("climate", ("Climatisation et chauffage", "Klima und Heizung", "Clima e riscaldamento", "Climate and heating")),
    ("navigation", ("Navigation et destinations", "Navigation und Ziele", "Navigazione e destinazioni", "Navigation and destinations")),
    ("warnings", ("Messages d'alerte et pannes", "Warnmeldungen und Störungen", "Messaggi di avviso e guasti", "Warnings and faults")),
    ("trips", ("Trajets et kilomètres", "Fahrten und Kilometer", "Viaggi e chilometri", "Trips and mileage")),
    ("phone", ("Téléphone connecté", "Verbundenes Handy", "Telefono collegato", "Connected phone")),
    ("driving-style", ("Vitesse et style de conduite", "Tempo und Fahrstil", "Velocità e stile di guida", "Speed and driving style")),
    ("position", ("Position de la voiture", "Standort des Autos", "Posizione dell'auto", "Location of the car")),
    ("range-fuel", ("Autonomie et carburant", "Reichweite und Treibstoff", "Autonomia e carburante", "Range and fuel")),
    ("tyres", ("Pneus et pression", "Reifen und Reifendruck", "Pneumatici e pressione", "Tyres and pressure")),
    ("consumption", ("Consommation mesurée", "Gemessener Verbrauch", "Consumo misurato", "Measured consumption")),
    ("data-consents", ("Consentements aux données", "Einwilligungen für Daten", "Consensi sui dati", "Data consents")),
    ("connecteddrive", ("Services ConnectedDrive", "ConnectedDrive-Dienste", "Servizi ConnectedDrive", "ConnectedDrive services")),
])

# Kinds of the archive's own files, which have no telematic key: id, category, then names.
ARCHIVE_KINDS = OrderedDict([
    ("learned-navigation", ("location", ("Lieux et trajets appris", "Gelernte Orte und Strecken", "Luoghi e percorsi appresi", "Learned places and routes"))),
])

CATEGORIES = {"location", "driving", "driver", "cabin", "phone", "media", "identity",
              "vehicle", "energy", "software"}

# What a key of each BMW data category is when nothing more specific is known.
DEFAULTS = OrderedDict([
    ("BASIC_DATA", ("car-details", "identity")),
    ("VEHICLE_STATUS", ("technical-state", "vehicle")),
    ("USAGE_BASED", ("trips", "driving")),
    ("EVENTS", ("service", "vehicle")),
    ("BEV_PHEV_DATA", ("charging", "energy")),
    ("META_DATA", ("technical-state", "vehicle")),
    ("TYRE_DATA", ("tyres", "vehicle")),
    ("CD_CONTRACT", ("connecteddrive", "identity")),
])

# Kind and category of each key, by its technical identifier: the first rule that matches wins.
# Categories follow docs/categories.md (odometer and trips: driving; doors, windows, climate:
# cabin; hood, trunk, body: vehicle; drivetrain and powertrain: energy).
RULES = [
    # where the car is, and where it goes
    (r"^vehicle\.cabin\.infotainment\.navigation\.currentLocation\.", "position", "location"),
    (r"^vehicle\.cabin\.infotainment\.navigation\.(destinationSet|pointsOfInterests)\.", "navigation", "location"),
    (r"^vehicle\.learningNavigation$", "navigation", "location"),
    (r"^vehicle\.cabin\.infotainment\.navigation\.remainingRange$", "range-fuel", "energy"),
    # screens and units
    (r"^vehicle\.cabin\.infotainment\.(displayUnit|hmi)\.", "display-settings", "media"),
    (r"^vehicle\.channel\.ngtp\.timeVehicle$", "display-settings", "media"),
    (r"^vehicle\.vehicle\.timeSetting$", "display-settings", "media"),
    (r"^vehicle\.powertrain\.electric\.range\.displayControl$", "display-settings", "energy"),
    (r"^vehicle\.cabin\.infotainment\.isMobilePhoneConnected$", "phone", "phone"),
    # inside the car
    (r"^vehicle\.cabin\.(hvac|seat|steeringWheel|climate)\.", "climate", "cabin"),
    (r"^vehicle\.vehicle\.preConditioning\.", "climate", "cabin"),
    (r"^vehicle\.drivetrain\.electricEngine\.charging\.profile\.climatizationActive$", "climate", "cabin"),
    (r"^vehicle\.cabin\.door\.", "doors-locks", "cabin"),
    (r"^vehicle\.cabin\.(window|sunroof|convertible)\.", "windows-roof", "cabin"),
    # body and technical condition
    (r"^vehicle\.body\.trunk\.window\.", "windows-roof", "vehicle"),
    (r"^vehicle\.body\.(trunk|hood)\.", "doors-locks", "vehicle"),
    (r"^vehicle\.vehicle\.antiTheftAlarmSystem\.", "doors-locks", "vehicle"),
    (r"^vehicle\.chassis\.axle\.", "tyres", "vehicle"),
    (r"^vehicle\.status\.conditionBasedServicesAverageDistancePerDay$", "trips", "driving"),
    (r"^vehicle\.status\.(serviceDistance|serviceTime)\.", "service", "vehicle"),
    (r"^vehicle\.status\.conditionBasedServices(Count)?$", "service", "vehicle"),
    (r"^vehicle\.channel\.teleservice\.", "service", "vehicle"),
    (r"^vehicle\.sevice\.", "service", "vehicle"),
    (r"^vehicle\.status\.checkControlMessages$", "warnings", "vehicle"),
    (r"^vehicle\.electronicControlUnit\.", "warnings", "vehicle"),
    (r"^vehicle\.serviceDemand\.", "warnings", "vehicle"),
    (r"^vehicle\.electricalSystem\.", "technical-state", "vehicle"),
    (r"^vehicle\.sim\.", "technical-state", "vehicle"),
    (r"^vehicle\.vehicle\.deepSleepModeActive$", "technical-state", "vehicle"),
    (r"^vehicle\.body\.lights\.", "technical-state", "vehicle"),
    (r"^vehicle\.drivetrain\.(engine|internalCombustionEngine)\.", "technical-state", "energy"),
    # how much and how the car is driven
    (r"^vehicle\.vehicle\.(averageWeeklyDistance(Short|Long)Term|travelledDistance)$", "trips", "driving"),
    (r"^vehicle\.trip\.segment\.end\.(time|travelledDistance)$", "trips", "driving"),
    (r"^vehicle\.trip\.segment\.accumulated\.drivetrain\.transmission\.setting\.fractionDriveElectric$", "trips", "driving"),
    (r"^vehicle\.trip\.segment\.accumulated\.(acceleration|chassis)\.", "driving-style", "driving"),
    (r"^vehicle\.trip\.segment\.accumulated\.drivetrain\.transmission\.", "driving-style", "driving"),
    (r"^vehicle\.vehicle\.(avgSpeed|speedRange\.(lowerBound|upperBound))$", "driving-style", "driving"),
    (r"^vehicle\.isMoving$", "driving-style", "driving"),
    # energy
    (r"^vehicle\.trip\.segment\.accumulated\.drivetrain\.electricEngine\.", "consumption", "energy"),
    (r"\.consumptionOverLifeTime\.", "consumption", "energy"),
    (r"^vehicle\.drivetrain\.avgElectricRangeConsumption$", "consumption", "energy"),
    (r"^vehicle\.vehicle\.avgAuxPower$", "consumption", "energy"),
    (r"^vehicle\.channel\.ista\.obfcm\.", "consumption", "energy"),
    (r"^vehicle\.privacySettings\.", "data-consents", "identity"),
    (r"^vehicle\.trip\.segment\.end\.drivetrain\.batteryManagement\.", "battery", "energy"),
    (r"^vehicle\.drivetrain\.batteryManagement\.", "battery", "energy"),
    (r"^vehicle\.drivetrain\.electricEngine\.hvsMaxEnergyAbsolute$", "battery", "energy"),
    (r"^vehicle\.powertrain\.electric\.battery\.(stateOfHealth|preconditioning)\.", "battery", "energy"),
    (r"^vehicle\.drivetrain\.electricEngine\.charging\.level$", "battery", "energy"),
    (r"^vehicle\.drivetrain\.(lastRemainingRange|totalRemainingRange)$", "range-fuel", "energy"),
    (r"^vehicle\.drivetrain\.fuelSystem\.(level|remainingFuel)$", "range-fuel", "energy"),
    (r"^vehicle\.drivetrain\.electricEngine\.(remainingElectricRange|kombiRemainingElectricRange)$", "range-fuel", "energy"),
    (r"^vehicle\.powertrain\.electric\.range\.target$", "range-fuel", "energy"),
    (r"^vehicle\.drivetrain\.electricEngine\.charging\.", "charging", "energy"),
    (r"^vehicle\.powertrain\.", "charging", "energy"),
    (r"^vehicle\.body\.(chargingPort|flap)\.", "charging", "energy"),
    # who the car is
    (r"^vehicle\.vehicleIdentification\.basicVehicleData$", "car-details", "identity"),
    (r"^vehicle\.(extras|look)\.", "car-details", "identity"),
    (r"^vehicle\.vehicleIdentification\.connectedDriveContractList$", "connecteddrive", "identity"),
]


def classify(key):
    for pattern, kind, category in RULES:
        if re.search(pattern, key):
            return kind, category
    return None


def split_blocks(rows):
    """Split the rows where the English names stop being in order."""
    blocks, current, previous = [], [], None
    for row in rows:
        name = row["cardata_element"].casefold()
        if previous is not None and name < previous:
            blocks.append(current)
            current = []
        current.append(row)
        previous = name
    blocks.append(current)
    return blocks


def fail(message):
    sys.exit("make-bmw-profile: " + message)


def build(rows, as_listed):
    ids = [row["technical_identifier"] for row in rows]
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()
    if digest != EXPECTED_IDS_SHA256 and not as_listed:
        fail("the input is not telematic.json of commit e5cf4bf (technical identifiers differ); "
             "DE_OWNERS and UNIT_DROP fit only that version (use --as-listed to skip them)")
    blocks = split_blocks(rows)
    if len(blocks) != len(DATA_CATEGORY_ORDER):
        fail("found %d categories, expected %d" % (len(blocks), len(DATA_CATEGORY_ORDER)))
    if [len(b) for b in blocks] != EXPECTED_BLOCK_SIZES and not as_listed:
        fail("category sizes %s, expected %s" % ([len(b) for b in blocks], EXPECTED_BLOCK_SIZES))

    german = {}
    category_of = {}
    for data_category, block in zip(DATA_CATEGORY_ORDER, blocks):
        owners = DE_OWNERS[data_category]
        if not as_listed and sorted(owners) != list(range(1, len(block) + 1)):
            fail("DE_OWNERS[%s] does not use each entry once" % data_category)
        for position, row in enumerate(block):
            category_of[row["technical_identifier"]] = data_category
            owner = row if as_listed else block[owners[position] - 1]
            name = row.get("cardata_element_de", "")
            if name:
                german[owner["technical_identifier"]] = name

    keys = []
    for row in rows:
        key = row["technical_identifier"]
        data_category = category_of[key]
        found = classify(key)
        if found is None:
            fail("no rule for " + key)
        kind, category = found
        labels = OrderedDict([("en", row["cardata_element"])])
        if german.get(key):
            labels["de"] = german[key]
        entry = OrderedDict([
            ("telematicKeyName", key),
            ("dataCategory", data_category),
            ("kind", kind),
            ("category", category),
            ("mapped", "data-category" if (kind, category) == DEFAULTS[data_category] else "hand"),
            ("labels", labels),
        ])
        unit = row.get("unit", "")
        if unit and not (not as_listed and UNIT_DROP.get(key) == unit):
            entry["unit"] = unit
        keys.append(entry)
    if not as_listed:
        dropped = [k for k, u in UNIT_DROP.items() if k in category_of]
        if len(dropped) != len(UNIT_DROP):
            fail("UNIT_DROP names keys that are not in the input")
    return keys, [len(b) for b in blocks]


def duplicates(keys, language):
    seen = OrderedDict()
    for entry in keys:
        name = entry["labels"].get(language)
        if name:
            seen.setdefault(name, []).append(entry["telematicKeyName"])
    return OrderedDict((name, ks) for name, ks in seen.items() if len(ks) > 1)


def make_notes(keys, sizes, as_listed):
    hand = sum(1 for k in keys if k["mapped"] == "hand")
    notes = [
        "telematic.json has no category field. dataCategory is inferred: the file joins BMW's "
        "English and German catalogue pages row by row, each page lists the data categories in "
        "BMW's rank order (BASIC_DATA, VEHICLE_STATUS, USAGE_BASED, EVENTS, BEV_PHEV_DATA, "
        "META_DATA, TYRE_DATA, CD_CONTRACT) sorted by name inside a category, and a category ends "
        "where the English names stop being in order. Sizes found: %s. META_DATA (13 keys: climate "
        "timers, GPS fix and satellites, distance unit, electric range display) is a BMW data "
        "category of its own, ranked 6th in BMW's catalogue." % ", ".join(
            "%s %d" % (c, n) for c, n in zip(DATA_CATEGORY_ORDER, sizes)),
    ]
    if as_listed:
        notes.append("Generated with --as-listed: German labels and units are as the rows list "
                     "them, which in this catalogue version mostly belong to other keys.")
    else:
        notes.append(
            "In telematic.json the German column is sorted by the German names separately from "
            "the English one, so inside each category 279 of the 294 rows carry the German name of "
            "another key (for example the row of vehicle.drivetrain.batteryManagement.batterySizeMax "
            "says 'Fahrzeugbild', the row of ...navigation.destinationSet.latitude says 'Position "
            "des Fahrzeugs – geographische Breite'). labels.de is the catalogue's own German name of "
            "the key, taken from the row where it stands (matched by its German description; every "
            "German name of a category used exactly once). For the 293 keys it shares, this agrees "
            "with the newer telematic.json of the npm package iobroker.bmw 5.0.2, which joins the "
            "two languages by technical identifier. labels.en is always the key's own row.")
        notes.append(
            "Units are shifted in the same way for some rows. %d catalogue units that do not fit "
            "their key were left out (a boolean, status or time given as celsius, percent, km, "
            "kWh, ...; 'null' for vehicle.vehicle.travelledDistance): %s. Kept units are copied as "
            "written (both 'percent' and '%%', 'Celsius' and 'celsius'); the unit element of the "
            "archive itself should be preferred." % (len(UNIT_DROP), ", ".join(sorted(UNIT_DROP))))
    notes.append(
        "Categories follow docs/categories.md where it is more precise than a plain reading: "
        "mileage, weekly distances and trip figures are driving; doors, door locks, windows, sunroof "
        "and climate are cabin; hood, trunk, rear window, alarm, lights and tyres are vehicle; "
        "everything under drivetrain and powertrain is energy, so ignition and engine state and "
        "coolant temperature are energy too; charging port and flap (vehicle.body.* in BMW's naming) "
        "are energy with charging. Charging history and location-based charging settings hold "
        "places but stay energy as docs/categories.md says for charging locations.")
    notes.append("%d of %d keys differ from their data category's default and are mapped by hand."
                 % (hand, len(keys)))
    spread = OrderedDict()
    for k in keys:
        spread.setdefault(k["kind"], OrderedDict())[k["category"]] = True
    mixed = ["%s (%s)" % (kind, ", ".join(cats)) for kind, cats in spread.items() if len(cats) > 1]
    if mixed:
        notes.append("A kind's category is the one most of its keys have; each key carries its own. "
                     "Kinds whose keys lie in several categories: %s." % "; ".join(mixed))
    for language in ("de", "en"):
        dup = duplicates(keys, language)
        if dup:
            notes.append(
                "%s labels shared by different keys (ambiguous in a 2019 archive without "
                "telematicKeyName; each pair has the same kind and category): %s." % (
                    "German" if language == "de" else "English",
                    "; ".join("'%s': %s" % (name, ", ".join(ks)) for name, ks in dup.items())))
    notes += [
        "Not checked against a real 2019 archive: only the example 'Position des Fahrzeugs – "
        "geographische Breite' (with an en dash, U+2013) is known to be the free text of such an "
        "archive, and it is the catalogue's German name of "
        "vehicle.cabin.infotainment.navigation.currentLocation.latitude. Names written in 2019 may "
        "differ from today's catalogue, and many keys (charging ports, climate timers) are newer. "
        "The German names are standard German (ß in 'Größe der Hochvoltbatterie', 'gemäß'); a "
        "matcher should compare after normalising dashes, quotes and spaces.",
        "Kept as the catalogue writes them: the identifier vehicle.sevice.preferredSevicePartner "
        "(sic); 'State of ignition' is vehicle.drivetrain.engine.isActive and 'Status of engine "
        "(on/off)' is vehicle.drivetrain.engine.isIgnitionOn, which looks swapped; both 'Tire' and "
        "'Tyre'; the unit 'degrees' of the navigation destination although its description speaks "
        "of billionths of a second.",
        "This catalogue version has vehicle.learningNavigation; newer versions drop it and add "
        "vehicle.powertrain.electric.battery.stateOfCharge.displayed ('Charging status displayed'), "
        "which is not in this profile.",
        "The catalogue has no key about software versions or updates and none about the driver as "
        "a person, so no kind uses the categories software or driver.",
    ]
    return notes


def validate(profile, expected_count):
    errors = []
    keys = profile["keys"]
    kind_ids = [k["id"] for k in profile["kinds"]]
    if len(keys) != expected_count:
        errors.append("key count %d, catalogue %d" % (len(keys), expected_count))
    if len(set(kind_ids)) != len(kind_ids):
        errors.append("duplicate kind ids")
    names = [k["telematicKeyName"] for k in keys]
    if len(set(names)) != len(names):
        errors.append("duplicate telematicKeyName")
    defaults = {}
    for d in profile["dataCategories"]:
        defaults[d["dataCategory"]] = (d["kind"], d["category"])
        if d["kind"] not in kind_ids or d["category"] not in CATEGORIES:
            errors.append("bad default for " + d["dataCategory"])
    for kind in profile["kinds"]:
        if kind["category"] not in CATEGORIES:
            errors.append("bad category of kind " + kind["id"])
        if set(kind["names"]) != {"fr", "de", "it", "en"} or not all(kind["names"].values()):
            errors.append("names of kind " + kind["id"])
        if "ß" in kind["names"]["de"]:
            errors.append("ß in German name of kind " + kind["id"])
    used = set()
    for k in keys:
        used.add(k["kind"])
        if k["kind"] not in kind_ids or k["category"] not in CATEGORIES:
            errors.append("bad kind or category for " + k["telematicKeyName"])
        if k["dataCategory"] not in defaults:
            errors.append("unknown dataCategory for " + k["telematicKeyName"])
            continue
        want = "data-category" if (k["kind"], k["category"]) == defaults[k["dataCategory"]] else "hand"
        if k["mapped"] != want:
            errors.append("mapped wrong for " + k["telematicKeyName"])
        if not k["labels"].get("en"):
            errors.append("no English label for " + k["telematicKeyName"])
    if used != set(kind_ids):
        errors.append("kinds without keys: %s" % sorted(set(kind_ids) - used))
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("telematic_json")
    parser.add_argument("-o", "--output", default="bmw-cardata.json")
    parser.add_argument("--as-listed", action="store_true",
                        help="keep German names and units as the rows list them")
    parser.add_argument("--check-against", metavar="NEWER_JSON",
                        help="compare German labels with a telematic.json joined by identifier")
    args = parser.parse_args()

    with open(args.telematic_json, encoding="utf-8") as f:
        rows = json.load(f)
    keys, sizes = build(rows, args.as_listed)

    kind_category = {}
    for k in keys:
        kind_category.setdefault(k["kind"], Counter())[k["category"]] += 1
    kinds = []
    for kind_id, (fr, de, it, en) in KINDS.items():
        if kind_id not in kind_category:
            continue
        kinds.append(OrderedDict([
            ("id", kind_id),
            ("category", kind_category[kind_id].most_common(1)[0][0]),
            ("names", OrderedDict([("fr", fr), ("de", de), ("it", it), ("en", en)])),
        ]))
    for kind_id, (category, (fr, de, it, en)) in ARCHIVE_KINDS.items():
        kinds.append(OrderedDict([
            ("id", kind_id),
            ("category", category),
            ("names", OrderedDict([("fr", fr), ("de", de), ("it", it), ("en", en)])),
        ]))
    data_categories = [OrderedDict([("dataCategory", c), ("kind", kd), ("category", cat)])
                       for c, (kd, cat) in DEFAULTS.items()]
    profile = OrderedDict([
        ("profile", "bmw-cardata"),
        ("version", 1),
        ("source", SOURCE),
        ("notes", make_notes(keys, sizes, args.as_listed)),
        ("kinds", kinds),
        ("dataCategories", data_categories),
        ("keys", keys),
    ])
    errors = validate(profile, len(rows))
    if errors:
        fail("; ".join(errors))

    if args.check_against:
        with open(args.check_against, encoding="utf-8") as f:
            newer = {r["technical_identifier"]: r for r in json.load(f)}
        differences = 0
        for k in keys:
            other = newer.get(k["telematicKeyName"])
            if other and other.get("cardata_element_de", "") != k["labels"].get("de", ""):
                differences += 1
                print("German differs for %s: %r here, %r there" % (
                    k["telematicKeyName"], k["labels"].get("de"), other.get("cardata_element_de")))
        print("checked against %s: %d German differences" % (args.check_against, differences))

    with open(args.output, "w", encoding="utf-8") as f:
        json.dump(profile, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote %s: %d keys, %d mapped by hand" % (
        args.output, len(keys), sum(1 for k in keys if k["mapped"] == "hand")))


if __name__ == "__main__":
    main()
