#!/usr/bin/env python3
"""Parses the feed with two independent podcast parsers from Debian (feedparser, and gPodder's podcastparser)
and checks that every item and enclosure is found and every enclosure length is its file's size.
Usage: check_feed.py OUTPUT_DIR"""
import os
import sys
import urllib.parse

import feedparser
import podcastparser


def main(out):
    path = os.path.join(out, "feed.xml")
    ok = True
    items = [f for f in os.listdir(out) if f.endswith(".xml") and f != "feed.xml"]

    parsed = feedparser.parse(path)
    if parsed.bozo:
        print(f"feedparser: bozo: {parsed.bozo_exception}")
        ok = False
    entries = parsed.entries
    print(f"feedparser: {parsed.feed.get('title')!r}, {len(entries)} items, podcast guid "
          f"{parsed.feed.get('podcast_guid')}")
    for e in entries:
        enc = e.enclosures[0] if e.enclosures else None
        if not enc:
            print(f"  {e.title}: no enclosure")
            ok = False
            continue
        name = os.path.basename(urllib.parse.urlparse(enc.href).path)
        size = os.path.getsize(os.path.join(out, name))
        match = int(enc.length) == size
        ok &= match
        print(f"  {e.title} | {e.published} | itunes:duration {e.get('itunes_duration')} s | {enc.type} "
              f"{enc.length} bytes ({'= file size' if match else f'file is {size}'})")

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
        name = os.path.basename(urllib.parse.urlparse(enc["url"]).path)
        size = os.path.getsize(os.path.join(out, name))
        match = enc["file_size"] == size
        ok &= match
        chapters = len(ep.get("chapters") or [])
        print(f"  {ep['title']} | duration {ep['total_time']} s | {enc['mime_type']} {enc['file_size']} bytes "
              f"({'= file size' if match else f'file is {size}'}) | guid {ep['guid']}")

    for count, who in ((len(entries), "feedparser"), (len(episodes), "podcastparser")):
        if count != len(items):
            print(f"{who} found {count} items, the output folder has {len(items)} episodes")
            ok = False
    print("feed check: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "output"))
