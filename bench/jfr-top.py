#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self time and inclusive time per method.

    jfr print --stack-depth 512 --events jdk.ExecutionSample rec.jfr > samples.txt
    bench/jfr-top.py samples.txt [--thread PREFIX] [--within METHOD] [--top N]
                     [--rounds JFR_DIR/rounds.txt --instance NAME] [--split M1,M2,...]
--thread keeps samples of threads whose name starts with PREFIX (e.g. executor-thread);
--within keeps samples with METHOD (substring) on the stack;
--rounds/--instance keep the samples taken during NAME's measured rounds (bench/peer-compare.sh JFR=dir
writes rounds.txt: name, UTC start and end, requests) and print samples per request, so two
instances compare per request;
--split charges each sample to the innermost frame matching one of M1,M2,... ("other" if none): where
a request's time goes, by part.
"""
import argparse
import collections
import re

parser = argparse.ArgumentParser()
parser.add_argument("samples")
parser.add_argument("--thread")
parser.add_argument("--within")
parser.add_argument("--top", type=int, default=40)
parser.add_argument("--rounds")
parser.add_argument("--instance")
parser.add_argument("--split")
args = parser.parse_args()

windows, requests = [], 0
if args.rounds:
    for line in open(args.rounds):
        name, start, end, count = line.split()
        if name == args.instance:
            windows.append((start, end))
            requests += int(count)

self_time, inclusive, threads, parts = (collections.Counter() for _ in range(4))
split = args.split.split(",") if args.split else []
n = 0
for event in open(args.samples).read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", event, re.M)
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    thread = thread.group(1) if thread else "?"
    if not frames or (args.thread and not thread.startswith(args.thread)):
        continue
    if args.within and not any(args.within in f for f in frames):
        continue
    if windows:
        at = re.search(r"startTime = (\d\d:\d\d:\d\d\.\d+)", event)
        if not at or not any(s <= at.group(1)[:12] <= e for s, e in windows):
            continue
    n += 1
    threads[re.sub(r"[-\d]+$", "", thread)] += 1
    self_time[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1
    parts[next((m for f in frames for m in split if m in f), "other")] += 1
if n == 0:
    raise SystemExit("no samples")
print(f"{n} samples; threads: " + ", ".join(f"{t} {c * 100 / n:.0f}%" for t, c in threads.most_common(6)))
if requests:
    print(f"{requests} requests: {n / requests:.4f} samples per request")
if split:
    print("-- split (share, samples per request)" if requests else "-- split")
    for m, c in parts.most_common():
        print(f"{c * 100 / n:5.1f}% {c / requests:.4f} {m}" if requests else f"{c * 100 / n:5.1f}% {m}")
print("-- self")
for f, c in self_time.most_common(args.top):
    print(f"{c * 100 / n:5.1f}% {f}")
print("-- inclusive")
for f, c in inclusive.most_common(args.top * 3):
    if not re.match(r"(java\.util\.stream|java\.lang\.reflect|jdk\.internal|java\.lang\.Thread|io\.netty|org\.jboss\.threads|io\.vertx)", f):
        print(f"{c * 100 / n:5.1f}% {f}")
