#!/usr/bin/env python3
"""Reads rendered MP3s (and M4As) with mutagen, a tag reader independent of PaperLedge and FFmpeg, and checks
the tags, the cover art and the chapters; an M4A must have the chapters, length and cover of the MP3 beside it.
Usage: check_tags.py FILE.mp3|FILE.m4a..."""
import struct
import sys

from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4


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


def check_m4a(path):
    """The M4A against the MP3 of the same name: its tags, its cover, its chapters (Nero chapters, which mutagen
    reads) and its length."""
    problems = []
    m4a = MP4(path)
    mp3_path = path[:-4] + ".mp3"
    tag = ID3(mp3_path)
    for key, frame in (("\xa9nam", "TIT2"), ("\xa9ART", "TPE1"), ("\xa9alb", "TALB")):
        have = str(m4a.tags.get(key, [""])[0]) if m4a.tags else ""
        want = str(tag.getall(frame)[0].text[0])
        if have != want:
            problems.append(f"{key} is {have!r}, the MP3's {frame} is {want!r}")
    covers = (m4a.tags or {}).get("covr", [])
    if not covers:
        problems.append("no cover (covr)")
    elif bytes(covers[0]) != tag.getall("APIC")[0].data:
        problems.append("its cover is not the MP3's")
    chaps = sorted(tag.getall("CHAP"), key=lambda c: c.start_time)
    mp3_chapters = [(c.start_time, str(c.sub_frames["TIT2"].text[0])) for c in chaps]
    m4a_chapters = [(round(c.start * 1000), c.title) for c in (m4a.chapters or [])]
    if [t for _, t in m4a_chapters] != [t for _, t in mp3_chapters]:
        problems.append(f"chapter titles {[t for _, t in m4a_chapters]}, the MP3's {[t for _, t in mp3_chapters]}")
    for (a, _), (b, title) in zip(m4a_chapters, mp3_chapters):
        if abs(a - b) > 1:
            problems.append(f"chapter {title!r} starts at {a} ms, in the MP3 at {b} ms")
    length, mp3_length = m4a.info.length, MP3(mp3_path).info.length
    if abs(length - mp3_length) > 0.05:
        problems.append(f"{length:.3f} s long, the MP3 {mp3_length:.3f} s")
    print(f"{path}: {m4a.info.codec} {m4a.info.bitrate // 1000} kbps, {len(m4a_chapters)} chapters, cover "
          f"{'as the MP3' if covers and not any('cover' in p for p in problems) else 'wrong'}, {length:.1f} s: "
          f"{'ok' if not problems else 'PROBLEMS'}")
    for p in problems:
        print(f"  {p}")
    return not problems


if __name__ == "__main__":
    results = [check_m4a(p) if p.endswith(".m4a") else check(p) for p in sys.argv[1:]]
    print(f"mutagen check: {sum(results)} of {len(results)} files ok")
    sys.exit(0 if results and all(results) else 1)
