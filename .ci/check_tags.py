#!/usr/bin/env python3
"""Reads rendered MP3s with mutagen, a tag reader independent of PaperLedge and FFmpeg, and checks
the tags, the cover art and the chapters. Usage: check_tags.py FILE.mp3..."""
import struct
import sys

from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3


def image_size(data):
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return struct.unpack(">II", data[16:24])
    if data[:2] == b"\xff\xd8":
        i = 2
        while i < len(data):
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2:i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack(">HH", data[i + 5:i + 9])
                return w, h
            i += 2 + length
    raise ValueError("not a PNG or JPEG image")


def check(path):
    problems = []
    tag = ID3(path)
    if tag.version != (2, 3, 0):
        problems.append(f"ID3 version {tag.version}, expected 2.3")
    with open(path, "rb") as f:
        f.seek(-128, 2)
        if f.read(3) == b"TAG":
            problems.append("has an ID3v1 tag")
    for frame in ("TIT2", "TPE1", "TALB", "TPE2", "TCON", "TDRC"):
        if not tag.getall(frame) or not str(tag.getall(frame)[0].text[0]).strip():
            problems.append(f"missing {frame}")
    if tag.getall("TCON") and tag.getall("TCON")[0].text[0] != "Podcast":
        problems.append("genre is not Podcast")
    if not tag.getall("COMM"):
        problems.append("missing comment")
    if not tag.getall("WXXX"):
        problems.append("missing the paper's URL frame (WXXX)")
    pictures = tag.getall("APIC")
    if not pictures:
        problems.append("missing cover art (APIC)")
    else:
        pic = pictures[0]
        w, h = image_size(pic.data)
        if pic.type != 3 or pic.mime not in ("image/png", "image/jpeg"):
            problems.append(f"cover is type {pic.type} {pic.mime}")
        if w != h or not 1400 <= w <= 3000:
            problems.append(f"cover is {w}x{h}")
    tocs = tag.getall("CTOC")
    chaps = sorted(tag.getall("CHAP"), key=lambda c: c.start_time)
    length_ms = MP3(path).info.length * 1000
    if len(tocs) != 1:
        problems.append(f"{len(tocs)} CTOC frames")
    else:
        toc = tocs[0]
        if not (toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED):
            problems.append("CTOC is not top-level and ordered")
        if list(toc.child_element_ids) != [c.element_id for c in chaps]:
            problems.append("CTOC children are not the chapters in time order")
    if not chaps:
        problems.append("no chapters")
    else:
        if chaps[0].start_time != 0:
            problems.append("first chapter does not start at 0")
        for a, b in zip(chaps, chaps[1:]):
            if a.end_time != b.start_time:
                problems.append(f"gap or overlap between {a.element_id} and {b.element_id}")
        if abs(chaps[-1].end_time - length_ms) > 60:
            problems.append(f"last chapter ends at {chaps[-1].end_time} ms, file is {length_ms:.0f} ms")
        for c in chaps:
            if "TIT2" not in c.sub_frames:
                problems.append(f"{c.element_id} has no title")
    titles = [str(c.sub_frames["TIT2"].text[0]) for c in chaps if "TIT2" in c.sub_frames]
    print(f"{path}: ID3v2.3, {len(chaps)} chapters {titles}, cover {w}x{h} {pic.mime}, "
          f"{length_ms / 1000:.1f} s: {'ok' if not problems else 'PROBLEMS'}")
    for p in problems:
        print(f"  {p}")
    return not problems


if __name__ == "__main__":
    results = [check(p) for p in sys.argv[1:]]
    print(f"mutagen check: {sum(results)} of {len(results)} MP3s ok")
    sys.exit(0 if results and all(results) else 1)
