#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Re-makes the VDFL test fixtures that cannot be written by hand, the same bytes every time.
"""Re-makes the VDFL fixtures that cannot be written by hand: gzip-compressed files, files with
invalid UTF-8, and files with lines around the 1 MiB limit.

Run it from anywhere: `python3 tests/data/import/vdfl/make-fixtures.py`. It writes only the files listed
in FIXTURES below, next to itself, and is deterministic (gzip header time 0, no file name), so
re-running it gives the same bytes with the same zlib. The expected reports
(`NAME.expected.json`) are written by hand and are not touched.

All other fixtures in this folder are plain text files kept as they are.
"""

import gzip
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

MIB = 1024 * 1024
BOM = b"\xef\xbb\xbf"
HEADER = b'{"vdfl": 1, "vehicle": {"vin": "VTRNE00000000TEST"}}'


def gz(data: bytes) -> bytes:
    # mtime=0 and no file name in the header: the output depends on the input only.
    return gzip.compress(data, compresslevel=9, mtime=0)


def padded_record(t: str, size: int) -> bytes:
    """A valid `sent` record whose unknown field `padding` makes it exactly `size` bytes long
    (line end not included)."""
    head = ('{"t": "%s", "kind": "sent", "data": "location", "to": "a.example.com", '
            '"bytes": 1, "padding": "' % t).encode()
    tail = b'"}'
    fill = size - len(head) - len(tail)
    assert fill > 0
    line = head + b"x" * fill + tail
    assert len(line) == size
    return line


def gzip_detected_by_content() -> bytes:
    text = b"\n".join([
        HEADER,
        b'{"t": "2026-04-02T08:00:00Z", "kind": "sent", "data": ["Vehicle.Speed"], '
        b'"to": "a.example.com", "bytes": 10}',
        b'{"t": "2026-04-02T09:00:00Z", "kind": "sent", "data": ["Vehicle.Speed"], '
        b'"to": "a.example.com", "bytes": 20, "count": 2}',
    ]) + b"\n"
    return gz(text)


def gzip_with_bom_and_crlf() -> bytes:
    text = (BOM + HEADER + b"\r\n"
            + b'{"t": "2026-04-02T08:00:00Z", "kind": "received", "data": "software", '
              b'"to": "updates.example.com", "bytes": 1000}\r\n'
            + b"\r\n"
            + b'{"t": "2026-04-03T08:00:00Z", "kind": "sent", "data": "energy", '
              b'"to": "charge.example.net", "bytes": 5}')  # no line end at the end
    return gz(text)


def line_limit_boundary_gzip() -> bytes:
    # Line 2: exactly 1 MiB of content, then CRLF (the CR is line end, not content): accepted.
    # Line 3: 1 MiB + 1 byte: rejected. Line 4: a short record: reading went on.
    text = (HEADER + b"\n"
            + padded_record("2026-04-02T08:00:00Z", MIB) + b"\r\n"
            + padded_record("2026-04-03T08:00:00Z", MIB + 1) + b"\n"
            + b'{"t": "2026-04-02T09:00:00Z", "kind": "sent", "data": "location", '
              b'"to": "a.example.com", "bytes": 2}\n')
    return gz(text)


def reject_line_over_1mib() -> bytes:
    # Plain text on purpose (about 1.05 MB): the reader must not hold line 3 in memory.
    return (HEADER + b"\n"
            + b'{"t": "2026-04-02T08:00:00Z", "kind": "sent", "data": "location", '
              b'"to": "a.example.com", "bytes": 1}\n'
            + padded_record("2026-04-02T09:00:00Z", MIB + 1000) + b"\n"
            + b'{"t": "2026-04-02T10:00:00Z", "kind": "sent", "data": "location", '
              b'"to": "a.example.com", "bytes": 2}\n')


def reject_invalid_utf8() -> bytes:
    def rec(purpose: bytes, extra: bytes = b"") -> bytes:
        return (b'{"t": "2026-04-02T08:00:00Z", "kind": "sent", "data": "location", '
                b'"to": "a.example.com", "bytes": 1, "purpose": "' + purpose + b'"' + extra + b"}")

    lines = [
        HEADER,                                              # 1 header
        rec("énergie ☃ 🚗".encode()),                        # 2 valid multi-byte UTF-8: accepted
        rec(b"nav\xffigation"),                              # 3 byte FF never occurs in UTF-8
        rec(b"caf\xe9"),                                     # 4 Latin-1 e-acute
        rec(b"over\xc0\xaflong"),                            # 5 overlong encoding of '/'
        rec(b"surrogate\xed\xa0\x80"),                       # 6 UTF-16 surrogate D800
        rec(b"beyond\xf4\x90\x80\x80"),                      # 7 code point above U+10FFFF
        rec(b"cut\xe2\x82"),                                 # 8 truncated 3-byte sequence
        b"\xff\xfe not JSON either",                         # 9 also not JSON: UTF-8 is checked first
        b'{"t\x80": "2026-04-02T08:00:00Z"}',                # 10 in a key
        rec(b"ok", b', "x_note": "\xa0"'),                   # 11 in an unknown (ignored) field
        b'{"t": "2026-04-02T09:00:00Z", "kind": "sent", "data": "location", '
        b'"to": "a.example.com", "bytes": 2}',               # 12 accepted
    ]
    return b"\n".join(lines) + b"\n"


def quadratic_hosts_purposes() -> bytes:
    """20,000 records, each with a host and a purpose not seen before: the log that once made
    the summary's memory grow with hosts x purposes (12.6 GB). Twice the cap of each map."""
    lines = [b'{"vdfl": 1, "vehicle": {"vin": "VTRNE00000000TEST"}}']
    for i in range(20000):
        day = 1 + i % 28
        lines.append(
            b'{"t": "2026-04-%02dT08:00:00Z", "kind": "shared", "data": "location", '
            b'"to": "h%d.example.com", "via": "v%d.example.net", "purpose": "p%d", "bytes": 10}'
            % (day, i, i, i))
    return gz(b"\n".join(lines) + b"\n")


def refuse_header_invalid_utf8() -> bytes:
    return (b'{"vdfl": 1, "vehicle": {"vin": "VTRNE00000000TEST", "make": "Citro\xebn"}}\n'
            b'{"t": "2026-04-02T08:00:00Z", "kind": "sent", "data": "location", '
            b'"to": "a.example.com"}\n')


FIXTURES = {
    "gzip-detected-by-content.jsonl": gzip_detected_by_content,
    "gzip-with-bom-and-crlf.jsonl.gz": gzip_with_bom_and_crlf,
    "line-limit-boundary-gzip.jsonl.gz": line_limit_boundary_gzip,
    "reject-line-over-1mib.jsonl": reject_line_over_1mib,
    "reject-invalid-utf8.jsonl": reject_invalid_utf8,
    "refuse-header-invalid-utf8.jsonl": refuse_header_invalid_utf8,
    "quadratic-hosts-purposes.jsonl.gz": quadratic_hosts_purposes,
}


def main() -> None:
    for name, make in FIXTURES.items():
        data = make()
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
