# SPDX-License-Identifier: GPL-3.0-or-later
# A jq reader of VDFL v1 logs, for the speed benchmark (bench/run-bench.sh).
#
# The same aggregation as `vitrine-cli inspect --json` and bench/python_reader.py, written as a
# jq user would: the file is read as raw lines (-R) so that a line that is not JSON is counted
# as rejected instead of stopping jq, each line goes through `fromjson`, and one `reduce` over
# `inputs` keeps only the tallies (streaming: memory does not grow with the file). Invoked as
#
#     jq -n -R -f bench/jq_reader.jq LOG.jsonl
#     gzip -dc LOG.jsonl.gz | jq -n -R -f bench/jq_reader.jq      # jq cannot inflate gzip
#
# (run-bench.sh picks the second form when the file starts with the gzip magic bytes 1F 8B.)
#
# Checked per record, in the contract's order: JSON object; `t` an RFC 3339 date-time with a
# zone; `kind`; `data` a category id or a `Vehicle.` path; `to` for sent/received/shared;
# `to` and `via` parties; `bytes` and `count` whole numbers in range; `channel`, `purpose`,
# `basis`, `consent`. Not checked, because jq cannot see them: invalid UTF-8 (jq -R replaces bad
# bytes), how a number was written (jq reads `3.0` and `1e3` as whole numbers), the 1 MiB limit. VSS paths are placed by a small prefix table like the
# Python reader's. Output: vehicle, lines, period, totals, by_category, by_kind, by_host, by_day.

def categories: {"location": 1, "driving": 1, "driver": 1, "cabin": 1, "phone": 1,
                 "media": 1, "identity": 1, "vehicle": 1, "energy": 1, "software": 1};
def kinds: {"sent": 1, "received": 1, "shared": 1, "stored": 1};
def first_names: {
  "currentlocation": "location",
  "speed": "driving", "averagespeed": "driving", "ismoving": "driving",
  "starttime": "driving", "acceleration": "driving", "angularvelocity": "driving",
  "adas": "driving", "motionmanagement": "driving", "safety": "driving",
  "driver": "driver", "cabin": "cabin", "occupant": "cabin",
  "vehicleidentification": "identity",
  "powertrain": "energy", "drivetrain": "energy", "versionvss": "software"};

# The category of a VSS path (a string beginning "Vehicle."), or null when it is not one.
def classify_vss:
  if test("^Vehicle(\\.[A-Za-z0-9_]+)+$") | not then null
  else (ascii_downcase | split(".")) as $n
  | (first_names[$n[1]]) as $c
  | if $c == "cabin" and $n[2] == "infotainment" then
      ($n[3] // "") as $s
      | if $s == "navigation" then "location"
        elif ($s | startswith("smartphone") or startswith("phone")) then "phone"
        else "media" end
    elif $c != null then $c
    elif $n[1] == "chassis" then
      if ($n[2] | IN("accelerator", "brake", "parkingbrake", "steeringwheel")) then "driving"
      elif $n[2] == "axle" and ($n[-1] | IN("speed", "angularspeed", "steeringangle"))
        then "driving"
      else "vehicle" end
    elif ($n[1] | startswith("trip") or startswith("traveleddistance")
                  or startswith("travelleddistance")) then "driving"
    elif ($n[1] | startswith("software") or startswith("firmware")) then "software"
    else "vehicle" end
  end;

def classify_item:
  if type != "string" then null
  elif categories[.] then .
  elif startswith("Vehicle.") then classify_vss
  else null end;

# Seconds since 1970 of an RFC 3339 date-time, or null. (No `try`: in jq 1.6 a `try` also
# catches errors raised further down the pipeline, so the date is checked by hand.)
def rfc3339:
  if type == "string"
     and test("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")
  then (.[0:4] | tonumber) as $y | (.[5:7] | tonumber) as $mo | (.[8:10] | tonumber) as $d
     | (.[11:13] | tonumber) as $h | (.[14:16] | tonumber) as $mi | (.[17:19] | tonumber) as $s
     | (if $mo == 2 then
          (if ($y % 4 == 0 and $y % 100 != 0) or $y % 400 == 0 then 29 else 28 end)
        elif $mo == 4 or $mo == 6 or $mo == 9 or $mo == 11 then 30 else 31 end) as $dim
     | if $mo < 1 or $mo > 12 or $d < 1 or $d > $dim or $h > 23 or $mi > 59 or $s > 60
       then null
       else ([$y, $mo - 1, $d, $h, $mi, $s, 0, 0] | mktime) as $t
       | if (.[-1:] | ascii_downcase) == "z" then $t
         else .[-6:] as $o
         | (($o[1:3] | tonumber) * 3600 + ($o[4:6] | tonumber) * 60) as $off
         | if $o[0:1] == "+" then $t - $off else $t + $off end
         end
       end
  else null end;

# The party as compared (lower case, no trailing dot; org:ID as written), or null.
def party:
  if type != "string" then null
  elif startswith("org:") then (if test("^org:[A-Za-z0-9._-]+$") then . else null end)
  elif test("^[0-9A-Fa-f:.]+$") and (split(":") | length) >= 3 then ascii_downcase
  elif test("^[A-Za-z0-9_-]{1,63}(\\.[A-Za-z0-9_-]{1,63})*\\.?$")
    then ascii_downcase | rtrimstr(".")
  else null end;

def channels: {"cellular": 1, "wifi": 1, "bluetooth": 1, "usb": 1, "obd": 1, "v2x": 1,
               "satellite": 1};
def bases: {"consent": 1, "contract": 1, "legal_obligation": 1, "legitimate_interest": 1,
            "vital_interest": 1};

def whole: type == "number" and . == floor;

# For one record (an object): {reason} when rejected, else the facts to add up.
def check:
  if type != "object" then {reason: "not a JSON object"}
  elif has("t") | not then {reason: "t is missing"}
  else (.t | rfc3339) as $t
  | if $t == null then {reason: "t is not an RFC 3339 date-time"}
    elif has("kind") | not then {reason: "kind is missing"}
    elif (.kind | type == "string" and kinds[.] != null) | not
      then {reason: "kind is not one of sent, received, shared, stored"}
    elif has("data") | not then {reason: "data is missing"}
    else (if .data | type == "string" then [.data] else .data end) as $d
    | if ($d | type != "array") or ($d | any(type != "string"))
        then {reason: "data is not a string or an array of strings"}
      elif $d == [] or $d == [""] then {reason: "data is empty"}
      else ($d | map(classify_item)) as $cats
      | if $cats | any(. == null) then {reason: "data item is neither a category id nor a Vehicle. signal path"}
        elif .kind != "stored" and .to == null
          then {reason: "to is missing (required for sent, received and shared)"}
        else (if .kind == "stored" then "onboard" else .to | party end) as $host
        | if $host == null then {reason: "to is not a host name, an IP address or org:ID"}
          elif .via != null and (.via | party) == null
            then {reason: "via is not a host name, an IP address or org:ID"}
          elif (.bytes // 0 | whole and . >= 0) | not then {reason: "bytes is not an integer >= 0"}
          elif (.count // 1 | whole and . >= 1) | not then {reason: "count is not an integer >= 1"}
          elif has("channel") and (.channel | type != "string" or channels[.] == null)
            then {reason: "channel is not one of cellular, wifi, bluetooth, usb, obd, v2x, satellite"}
          elif has("purpose") and (.purpose | type != "string") then {reason: "purpose is not a string"}
          elif has("basis") and (.basis | type != "string" or bases[.] == null)
            then {reason: "basis is not one of consent, contract, legal_obligation, legitimate_interest, vital_interest"}
          elif has("consent") and (.consent | type != "string") then {reason: "consent is not a string"}
          else {t: $t, kind: .kind, cats: ($cats | unique), host: $host,
                bytes: (.bytes // 0), events: (.count // 1)}
          end
        end
      end
    end
  end;

def tally($key; $e; $b): .[$key] |= {events: ((.events // 0) + $e), bytes: ((.bytes // 0) + $b)};

def header:
  if type != "object" then error("the header is not a JSON object")
  elif has("vdfl") | not then error("vdfl is missing: this is not a VDFL file")
  elif .vdfl != 1 then error("vdfl is not the integer 1")
  elif (.vehicle.vin | type) != "string" then error("vehicle.vin is missing")
  elif (.vehicle.vin | ascii_upcase | test("^[A-HJ-NPR-Z0-9]{17}$")) | not
    then error("not a valid VIN")
  else {vin: (.vehicle.vin | ascii_upcase)}
       + (.vehicle | with_entries(select(.key | IN("make", "model", "year"))))
  end;

reduce inputs as $raw (
  {header: null, line: 0, total: 0, blank: 0, accepted: 0, rejected: 0, kept: [],
   from: null, to: null, events: 0, bytes: 0,
   by_category: {}, by_kind: {}, by_host: {}, by_day: {}};
  .line += 1 | .total += 1
  | ($raw | rtrimstr("\r") | if $raw | startswith("\ufeff") then .[1:] else . end) as $l
  | if ($l | test("^[ \t]*$")) then .blank += 1
    elif .header == null then .header = ($l | fromjson | header)
    else (($l | try fromjson catch "not json") | check) as $r
    | if $r.reason then
        .rejected += 1
        | if (.kept | length) < 100 then .kept += [{line: .line, reason: $r.reason}] else . end
      else
        .accepted += 1
        | .events += $r.events | .bytes += $r.bytes
        | .from = ([.from // $r.t, $r.t] | min) | .to = ([.to // $r.t, $r.t] | max)
        | reduce $r.cats[] as $c (.; .by_category |= tally($c; $r.events; $r.bytes))
        | .by_kind |= tally($r.kind; $r.events; $r.bytes)
        | .by_host |= tally($r.host; $r.events; $r.bytes)
        | .by_day |= tally($r.t | todate | .[0:10]; $r.events; $r.bytes)
      end
    end
)
| if .header == null then error("no header: the file has no line that is not blank") else . end
| {format: "vdfl", version: 1, vehicle: .header,
   lines: {total, blank, accepted, rejected}, rejected: .kept,
   period: {from: (.from | if . then todate else null end),
            to: (.to | if . then todate else null end)},
   totals: {events, bytes},
   by_category, by_kind, by_host, by_day}
