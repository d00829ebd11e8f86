#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples: self time and inclusive time per method.

    jfr print --events jdk.ExecutionSample rec.jfr > samples.txt
    bench/jfr-top.py samples.txt [--thread PREFIX] [--within METHOD] [--top N]
--thread keeps samples of threads whose name starts with PREFIX (e.g. executor-thread);
--within keeps samples with METHOD (substring) on the stack.
"""
import argparse
import collections
import re

parser = argparse.ArgumentParser()
parser.add_argument("samples")
parser.add_argument("--thread")
parser.add_argument("--within")
parser.add_argument("--top", type=int, default=40)
args = parser.parse_args()

self_time, inclusive, threads = collections.Counter(), collections.Counter(), collections.Counter()
n = 0
for event in open(args.samples).read().split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w$.<>]+)\(.*?line:", event, re.M)
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    thread = thread.group(1) if thread else "?"
    if not frames or (args.thread and not thread.startswith(args.thread)):
        continue
    if args.within and not any(args.within in f for f in frames):
        continue
    n += 1
    threads[re.sub(r"[-\d]+$", "", thread)] += 1
    self_time[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1
print(f"{n} samples; threads: " + ", ".join(f"{t} {c * 100 / n:.0f}%" for t, c in threads.most_common(6)))
print("-- self")
for f, c in self_time.most_common(args.top):
    print(f"{c * 100 / n:5.1f}% {f}")
print("-- inclusive")
for f, c in inclusive.most_common(args.top * 3):
    if not re.match(r"(java\.util\.stream|java\.lang\.reflect|jdk\.internal|java\.lang\.Thread|io\.netty|org\.jboss\.threads|io\.vertx)", f):
        print(f"{c * 100 / n:5.1f}% {f}")
