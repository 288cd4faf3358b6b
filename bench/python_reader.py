#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A plain Python reader of VDFL logs: the yardstick the benchmark measures vitrine-cli against.
"""A plain Python reader of VDFL v1 logs, for the speed benchmark (bench/run-bench.sh).

It does the same aggregation as `vitrine-cli inspect --json`, the way a careful person would
write it with the standard library only: the file is read line by line (gzip detected from the
magic bytes 1F 8B, never from the name), each line goes through `json.loads`, the rules of
docs/log-format.md are checked in the contract's order (UTF-8; JSON object; `t` an RFC 3339
date-time with a zone; `kind`; `data` a category id or a `Vehicle.` path; `to` and `via`
parties; `bytes` and `count` whole numbers in range; `channel`, `purpose`, `basis`,
`consent`), and the accepted records are added up in totals, by_category, by_kind, by_host
and by_day (UTC). The report is printed as JSON.

It is not a second implementation of the contract: the VSS classifier is a small prefix table
(about the branches of docs/categories.md), not the C++ one; `null` values and JSON that
Python's json module accepts but the contract does not (duplicate keys) are not looked at
as closely. It does comparable work per line and per data item,
so that its speed is a fair yardstick. Memory: one line at a time plus the small tallies.

    python3 bench/python_reader.py LOG.jsonl[.gz]
"""

import datetime
import gzip
import json
import re
import sys

MAX_LINE = 1024 * 1024
KEPT_REJECTIONS = 100

CATEGORIES = ("location", "driving", "driver", "cabin", "phone",
              "media", "identity", "vehicle", "energy", "software")
CATEGORY_SET = frozenset(CATEGORIES)
KINDS = frozenset(("sent", "received", "shared", "stored"))
CHANNELS = frozenset(("cellular", "wifi", "bluetooth", "usb", "obd", "v2x", "satellite"))
BASES = frozenset(("consent", "contract", "legal_obligation", "legitimate_interest",
                   "vital_interest"))

# The branch after "Vehicle." decides; a few branches look one name further.
FIRST = {
    "currentlocation": "location",
    "speed": "driving", "averagespeed": "driving", "ismoving": "driving",
    "starttime": "driving", "acceleration": "driving", "angularvelocity": "driving",
    "adas": "driving", "motionmanagement": "driving", "safety": "driving",
    "driver": "driver",
    "cabin": "cabin", "occupant": "cabin",
    "vehicleidentification": "identity",
    "powertrain": "energy", "drivetrain": "energy",
    "versionvss": "software",
}
PREFIX_FIRST = (("trip", "driving"), ("traveleddistance", "driving"),
                ("travelleddistance", "driving"), ("software", "software"),
                ("firmware", "software"))
CHASSIS_DRIVING = frozenset(("accelerator", "brake", "parkingbrake", "steeringwheel"))
VSS_PATH = re.compile(r"Vehicle(?:\.[A-Za-z0-9_]+)+\Z")


def classify_vss(path):
    """The category of a VSS path (already checked to be one)."""
    names = path.lower().split(".")
    first = names[1]
    cat = FIRST.get(first)
    if cat == "cabin" and len(names) > 2 and names[2] == "infotainment":
        sub = names[3] if len(names) > 3 else ""
        if sub == "navigation":
            return "location"
        if sub.startswith("smartphone") or sub.startswith("phone"):
            return "phone"
        return "media"
    if cat is not None:
        return cat
    if first == "chassis":
        if len(names) > 2 and names[2] in CHASSIS_DRIVING:
            return "driving"
        if len(names) > 2 and names[2] == "axle" and names[-1] in (
                "speed", "angularspeed", "steeringangle"):
            return "driving"
        return "vehicle"
    for prefix, pcat in PREFIX_FIRST:
        if first.startswith(prefix):
            return pcat
    return "vehicle"


def classify_item(item):
    """The category of a data item, or None when it is neither a category id nor a VSS path."""
    if item in CATEGORY_SET:
        return item
    if item.startswith("Vehicle.") and VSS_PATH.match(item):
        return classify_vss(item)
    return None


RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?"
    r"(?:([Zz])|([+-])(\d{2}):(\d{2}))\Z")
UTC = datetime.timezone.utc


def parse_time(text):
    """Seconds since 1970 (UTC) of an RFC 3339 date-time, or None."""
    if not isinstance(text, str):
        return None
    m = RFC3339.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.group(1, 2, 3, 4, 5, 6))
    leap = second == 60
    if leap:
        second = 59
    if m.group(7):
        tz = UTC
    else:
        oh, om = int(m.group(9)), int(m.group(10))
        if oh > 23 or om > 59:
            return None
        delta = datetime.timedelta(hours=oh, minutes=om)
        tz = datetime.timezone(-delta if m.group(8) == "-" else delta)
    try:
        when = datetime.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:  # 31 April, 25:00, ...
        return None
    return int(when.timestamp()) + (1 if leap else 0)


HOST = re.compile(r"[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63})*\Z")
ORG = re.compile(r"org:[A-Za-z0-9._-]+\Z")
IPV6 = re.compile(r"[0-9a-f:.]+\Z")


def normalise_party(text):
    """The party as compared (lower case, no trailing dot; org:ID as written), or None."""
    if not isinstance(text, str) or not text:
        return None
    if text.startswith("org:"):
        return text if ORG.match(text) else None
    low = text.lower()
    if low.count(":") >= 2:
        return low if IPV6.match(low) else None
    if low.endswith("."):
        low = low[:-1]
    return low if len(low) <= 253 and HOST.match(low) else None


def no_constant(name):
    """NaN and Infinity are not JSON."""
    raise ValueError(name)


def whole(value):
    """True for a JSON whole number (json gives int only for those; bool is not one)."""
    return isinstance(value, int) and not isinstance(value, bool)


class Refused(Exception):
    pass


def read_header(obj, line_no):
    if not isinstance(obj, dict):
        raise Refused(f"line {line_no}: the header is not a JSON object")
    if "vdfl" not in obj:
        raise Refused(f"line {line_no}: vdfl is missing: this is not a VDFL file")
    version = obj["vdfl"]
    if not whole(version) or version < 1:
        raise Refused(f"line {line_no}: vdfl is not the integer 1")
    if version > 1:
        raise Refused(f"line {line_no}: made by a newer version of the format (vdfl {version})")
    vehicle = obj.get("vehicle")
    vin = vehicle.get("vin") if isinstance(vehicle, dict) else None
    if vin is None:
        raise Refused(f"line {line_no}: vehicle.vin is missing")
    if not isinstance(vin, str) or not re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", vin.upper()):
        raise Refused(f"line {line_no}: {vin!r} is not a valid VIN")
    out = {"vin": vin.upper()}
    for key in ("make", "model", "year"):
        if vehicle.get(key) is not None:
            out[key] = vehicle[key]
    return out


def check_record(r):
    """(reason, None) for a rejected record, (None, facts) for an accepted one."""
    if not isinstance(r, dict):
        return "not a JSON object", None
    if "t" not in r:
        return "t is missing", None
    t = parse_time(r["t"])
    if t is None:
        return "t is not an RFC 3339 date-time", None
    if "kind" not in r:
        return "kind is missing", None
    kind = r["kind"]
    if not isinstance(kind, str) or kind not in KINDS:
        return "kind is not one of sent, received, shared, stored", None
    if "data" not in r:
        return "data is missing", None
    data = r["data"]
    if isinstance(data, str):
        data = (data,)
    elif not isinstance(data, list) or not all(isinstance(d, str) for d in data):
        return "data is not a string or an array of strings", None
    if not data or data == ("",):
        return "data is empty", None
    cats = set()
    for item in data:
        cat = classify_item(item)
        if cat is None:
            return f'data item "{item[:80]}" is neither a category id nor a Vehicle. signal path', None
        cats.add(cat)
    if kind == "stored":
        host = "onboard"
    else:
        to = r.get("to")
        if to is None:
            return "to is missing (required for sent, received and shared)", None
        host = normalise_party(to)
        if host is None:
            return "to is not a host name, an IP address or org:ID", None
    via = r.get("via")
    if via is not None and normalise_party(via) is None:
        return "via is not a host name, an IP address or org:ID", None
    nbytes = r.get("bytes", 0)
    if not whole(nbytes) or nbytes < 0:
        return "bytes is not an integer >= 0", None
    count = r.get("count", 1)
    if not whole(count) or count < 1:
        return "count is not an integer >= 1", None
    channel = r.get("channel", "cellular")
    if not isinstance(channel, str) or channel not in CHANNELS:
        return "channel is not one of cellular, wifi, bluetooth, usb, obd, v2x, satellite", None
    if "purpose" in r and not isinstance(r["purpose"], str):
        return "purpose is not a string", None
    basis = r.get("basis", "consent")
    if not isinstance(basis, str) or basis not in BASES:
        return ("basis is not one of consent, contract, legal_obligation, legitimate_interest, "
                "vital_interest"), None
    if "consent" in r and not isinstance(r["consent"], str):
        return "consent is not a string", None
    return None, (t, kind, cats, host, nbytes, count)


def add(table, key, events, nbytes):
    tally = table.get(key)
    if tally is None:
        table[key] = [events, nbytes]
    else:
        tally[0] += events
        tally[1] += nbytes


def open_log(path):
    raw = open(path, "rb")
    if raw.peek(2)[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


def iso(seconds):
    return datetime.datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def inspect(path):
    lines = {"total": 0, "blank": 0, "accepted": 0, "rejected": 0}
    rejected = []
    header = None
    totals = [0, 0]
    by_category, by_kind, by_host, by_day = {}, {}, {}, {}
    first = last = None

    with open_log(path) as f:
        for line_no, raw in enumerate(f, 1):
            lines["total"] += 1
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            raw = raw.rstrip(b"\n").rstrip(b"\r")
            if not raw.strip(b" \t"):
                lines["blank"] += 1
                continue
            obj, reason = None, None
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                reason = "invalid UTF-8"
            if reason is None and len(raw) > MAX_LINE:
                reason = "line longer than 1 MiB"
            if reason is None:
                try:
                    obj = json.loads(text, parse_constant=no_constant)
                except ValueError:
                    reason = "not a JSON object"
            if header is None:
                if reason is not None:
                    raise Refused(f"line {line_no}: the header is not a JSON object")
                header = read_header(obj, line_no)
                continue
            facts = None
            if reason is None:
                reason, facts = check_record(obj)
            if facts is None:
                lines["rejected"] += 1
                if len(rejected) < KEPT_REJECTIONS:
                    rejected.append({"line": line_no, "reason": reason})
                continue
            lines["accepted"] += 1
            t, kind, cats, host, nbytes, count = facts
            if first is None or t < first:
                first = t
            if last is None or t > last:
                last = t
            totals[0] += count
            totals[1] += nbytes
            for cat in cats:
                add(by_category, cat, count, nbytes)
            add(by_kind, kind, count, nbytes)
            add(by_host, host, count, nbytes)
            add(by_day, datetime.datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d"),
                count, nbytes)

    if header is None:
        raise Refused("no header: the file has no line that is not blank")

    def tallies(table):
        return {k: {"events": v[0], "bytes": v[1]} for k, v in table.items()}

    return {
        "format": "vdfl", "version": 1,
        "vehicle": header,
        "lines": lines,
        "rejected": rejected,
        "period": {"from": iso(first) if first is not None else None,
                   "to": iso(last) if last is not None else None},
        "totals": {"events": totals[0], "bytes": totals[1]},
        "by_category": tallies(by_category),
        "by_kind": tallies(by_kind),
        "by_host": tallies(by_host),
        "by_day": tallies(by_day),
    }


def main(argv):
    if len(argv) != 2:
        print("usage: python_reader.py LOG", file=sys.stderr)
        return 1
    try:
        report = inspect(argv[1])
    except Refused as why:
        print(why, file=sys.stderr)
        return 2
    except OSError as why:  # cannot open, damaged gzip
        print(f"cannot read the file: {why}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
