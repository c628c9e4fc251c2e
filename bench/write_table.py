"""Writes docs/benchmarks.md from one run of the shared harness (compare.json) and run.sh's own measurements."""
import argparse
import json
import os
from datetime import datetime, timezone

parser = argparse.ArgumentParser()
parser.add_argument("compare_json")
parser.add_argument("output")
for option in ("--store", "--startup-ms", "--rss-before-kb", "--rss-after-kb", "--finish"):
    parser.add_argument(option, required=True)
parser.add_argument("--store-growth-bytes", type=int, help="what the store grew by while the whole interviews were played")
args = parser.parse_args()

run = json.load(open(args.compare_json, encoding="utf-8"))
rows = {r["name"]: r for r in run["results"]}
bot, floor, echo = rows.get("target"), rows["floor"], rows["botbuilder-js"]
finish = json.loads(args.finish)


def number(value, digits=0):
    return "n/a" if value is None else f"{value:,.{digits}f}".replace(",", " ")


def ratio(a, b):
    return "n/a" if a is None or not b else f"{a / b:.2f}x"


store_title = {"sqlite": "SQLite", "postgres": "PostgreSQL"}.get(args.store, args.store)
if args.store.startswith("postgres-delay-"):
    store_title = f"PostgreSQL behind a {args.store.removeprefix('postgres-delay-').removesuffix('ms')} ms delay each way (bench/delay-proxy.py)"
section = [
    f"## {store_title}",
    "",
    f"Last run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {run['cpus']} cores, host `{run['host']}`, store **{args.store}**, "
    f"{run['connections']} connections, {run['warmup_s']} s warm-up + {run['seconds']} s per target, "
    f"{run['turn_texts']} typed turns per interview cycle (`bench/turns-accueil.txt`), {run['load_generator']}.",
    "",
    "| target | turns/s | vs floor | vs botbuilder-js | p50 ms | p99 ms | errors | server CPU % |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
]
for name, label in (("target", "CqpBot (whole interviews)"), ("floor", "floor (bare ASP.NET Core echo)"), ("botbuilder-js", "botbuilder-js 4.23.3 echo")):
    r = rows.get(name)
    if r is None:
        continue
    section.append(
        f"| {label} | {number(r['turns_per_s'])} | {ratio(r['turns_per_s'], floor['turns_per_s'])} | {ratio(r['turns_per_s'], echo['turns_per_s'])} "
        f"| {number(r['p50_ms'], 2)} | {number(r['p99_ms'], 2)} | {r['errors']} | {number(r['server_cpu_pct'])} |")
section += [
    "",
    f"- Start-up to ready (process start to first 200 on `/healthz`): **{args.startup_ms} ms**.",
    f"- Whole interviews played after the comparison, each its own conversation: {finish['finished']} finished, {finish['failed']} failed, "
    f"in {finish['seconds']:.1f} s. Working set (VmRSS) before: **{int(args.rss_before_kb) / 1024:.1f} MB**, after: **{int(args.rss_after_kb) / 1024:.1f} MB**.",
]
if args.store_growth_bytes is not None and finish["finished"]:
    section.append(
        f"- The store grew by {args.store_growth_bytes / 1048576:.1f} MB over those interviews: "
        f"**{args.store_growth_bytes / finish['finished'] / 1024:.1f} KB per finished interview** (state, applied activities and their stored responses; the write-ahead log left out).")
section.append("")
header = [
    "# Benchmarks",
    "",
    "Produced by `bench/run.sh` (`--store sqlite`, the default, `--store postgres`, and `--store postgres --db-delay-ms 0.5`):",
    "each run rewrites its own section and keeps the others and the notes. Compare ratios within one run only (see the shared harness README).",
    "",
    "Targets (issue 8): CqpBot ≥ 0.50x the floor's turns/s and ≥ 3x botbuilder-js's, p99 ≤ 25 ms; start-up ≤ 2 s; memory flat.",
    "",
]

# The other store's section and the hand-written notes (profile, hot path, what stands in the way) survive a new run.
previous = open(args.output, encoding="utf-8").read() if os.path.exists(args.output) else ""
sections, current = {}, None
for line in previous.splitlines():
    if line.startswith("## "):
        current = line[3:].strip()
        sections[current] = []
    if current is not None:
        sections[current].append(line)
sections[store_title] = section
order = ["SQLite", "PostgreSQL"] + [k for k in sections if k not in ("SQLite", "PostgreSQL", "Notes")] + ["Notes"]
body = []
for title in order:
    if title in sections:
        body += sections[title]
        if body and body[-1] != "":
            body.append("")
os.makedirs(os.path.dirname(args.output), exist_ok=True)
open(args.output, "w", encoding="utf-8").write("\n".join(header + body).rstrip("\n") + "\n")
