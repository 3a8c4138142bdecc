#!/usr/bin/env python3
"""Parses the feed with two independent podcast parsers from Debian (feedparser, and gPodder's podcastparser)
and checks that every item and enclosure is found and every enclosure length is its file's size; that the show
notes (content:encoded) reach both parsers as the same HTML, with the chapter times of the chapters file; that the
channel and every item disclose the synthetic voices (podcast:txt purpose="ai-content", which feedparser reports,
and a sentence in the descriptions); that each item's art is a published file; and that every alternate
enclosure (the M4A, which neither parser exposes, so it is read from the XML) names a published file of its
length. Usage: check_feed.py OUTPUT_DIR"""
import html.parser
import json
import os
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

import feedparser
import podcastparser

PODCAST = "{https://podcastindex.org/namespace/1.0}"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
DISCLOSURE = "synthetic"
SHOW_NOTES_TAGS = {"p", "ul", "ol", "li", "a"}


class Tags(html.parser.HTMLParser):
    """The tags an HTML fragment uses, and its text."""

    def __init__(self):
        super().__init__()
        self.tags = set()
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def name_of(url):
    return os.path.basename(urllib.parse.urlparse(url).path)


def show_notes(out, slug, notes):
    """Problems with an item's show notes: tags Apple does not allow, or chapter times unlike the chapters file."""
    problems = []
    parsed = Tags()
    parsed.feed(notes)
    if not parsed.tags <= SHOW_NOTES_TAGS:
        problems.append(f"show notes use {sorted(parsed.tags - SHOW_NOTES_TAGS)}")
    times = re.findall(r"<li>(\d{2}):(\d{2}):(\d{2}) ", notes)
    with open(os.path.join(out, slug + ".chapters.json"), encoding="utf-8") as f:
        chapters = json.load(f)["chapters"]
    starts = [int(c["startTime"]) for c in chapters]
    if [int(h) * 3600 + int(m) * 60 + int(s) for h, m, s in times] != starts:
        problems.append(f"show notes' chapter times {times} are not the chapters file's {starts}")
    if DISCLOSURE not in "".join(parsed.text):
        problems.append("show notes do not disclose the synthetic voices")
    return problems, len(times)


def main(out):
    path = os.path.join(out, "feed.xml")
    ok = True
    items = [f for f in os.listdir(out) if f.endswith(".xml") and f != "feed.xml"]

    parsed = feedparser.parse(path)
    if parsed.bozo:
        print(f"feedparser: bozo: {parsed.bozo_exception}")
        ok = False
    entries = parsed.entries
    channel_txt = parsed.feed.get("podcast_txt") or {}
    print(f"feedparser: {parsed.feed.get('title')!r}, {len(entries)} items, podcast guid "
          f"{parsed.feed.get('podcast_guid')}, channel podcast:txt {channel_txt}")
    if channel_txt.get("purpose") != "ai-content" or DISCLOSURE not in parsed.feed.get("subtitle", ""):
        print("  the channel does not disclose the synthetic voices")
        ok = False
    notes = {}
    for e in entries:
        enc = e.enclosures[0] if e.enclosures else None
        if not enc:
            print(f"  {e.title}: no enclosure")
            ok = False
            continue
        name = name_of(enc.href)
        size = os.path.getsize(os.path.join(out, name))
        match = int(enc.length) == size
        ok &= match
        content = [c for c in e.get("content", []) if c.type == "text/html"]
        notes[e.id] = content[0].value if content else ""
        problems, times = show_notes(out, name[:-4], notes[e.id]) if content else (["no content:encoded"], 0)
        if (e.get("podcast_txt") or {}).get("purpose") != "ai-content":
            problems.append("no podcast:txt purpose=\"ai-content\"")
        if DISCLOSURE not in e.get("summary", ""):
            problems.append("the description does not disclose the synthetic voices")
        ok &= not problems
        print(f"  {e.title} | {e.published} | itunes:duration {e.get('itunes_duration')} s | {enc.type} "
              f"{enc.length} bytes ({'= file size' if match else f'file is {size}'}) | show notes with {times} "
              f"chapter times | image {name_of(e.get('image', {}).get('href', ''))}")
        for p in problems:
            print(f"    {p}")

    with open(path, "rb") as f:
        pod = podcastparser.parse("file://" + os.path.abspath(path), f)
    episodes = pod.get("episodes", [])
    print(f"podcastparser: {pod.get('title')!r}, {len(episodes)} episodes")
    for ep in episodes:
        enc = ep["enclosures"][0] if ep["enclosures"] else None
        if not enc:
            print(f"  {ep['title']}: no enclosure")
            ok = False
            continue
        name = name_of(enc["url"])
        size = os.path.getsize(os.path.join(out, name))
        match = enc["file_size"] == size
        ok &= match
        art = name_of(ep.get("episode_art_url") or "")
        same_notes = ep.get("description_html") == notes.get(ep["guid"])
        art_there = bool(art) and os.path.isfile(os.path.join(out, art))
        ok &= same_notes and art_there
        print(f"  {ep['title']} | duration {ep['total_time']} s | {enc['mime_type']} {enc['file_size']} bytes "
              f"({'= file size' if match else f'file is {size}'}) | guid {ep['guid']} | show notes "
              f"{'as feedparser reads them' if same_notes else 'DIFFER from feedparser'} | art {art} "
              f"{'published' if art_there else 'MISSING'}")

    alternates = 0
    for item in ET.parse(path).getroot().iter("item"):
        for alt in item.findall(PODCAST + "alternateEnclosure"):
            alternates += 1
            source = alt.find(PODCAST + "source")
            name = name_of(source.get("uri")) if source is not None else ""
            there = bool(name) and os.path.isfile(os.path.join(out, name))
            size = os.path.getsize(os.path.join(out, name)) if there else -1
            good = there and int(alt.get("length", -1)) == size and alt.get("type") == "audio/mp4"
            ok &= good
            print(f"  alternate enclosure of {item.findtext('title')!r}: {alt.get('type')} {name} "
                  f"{alt.get('length')} bytes ({'= file size' if good else f'file is {size}'}), "
                  f"{alt.get('bitrate')} bit/s")
        if [t.text for t in item.findall(PODCAST + "txt") if t.get("purpose") == "ai-content"] != ["true"]:
            print(f"  {item.findtext('title')!r}: podcast:txt ai-content is not true")
            ok = False
    print(f"alternate enclosures: {alternates}")

    for count, who in ((len(entries), "feedparser"), (len(episodes), "podcastparser")):
        if count != len(items):
            print(f"{who} found {count} items, the output folder has {len(items)} episodes")
            ok = False
    print("feed check: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "output"))
