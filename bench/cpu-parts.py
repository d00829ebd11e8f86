#!/usr/bin/env python3
"""Where each request's CPU goes, by part, from async-profiler's collapsed stacks (issue #16).

    bench/cpu-parts.py NAME=FILE.collapsed:MS_PER_REQUEST [NAME=...]

FILE is a profile of CPU time (event=itimer, option threads) taken over measured rounds only, and
MS_PER_REQUEST the JVM's CPU per request over the same rounds (bench/peer-compare.sh PROFILE=dir
passes both). Each sample is charged to the first part below whose pattern matches a frame of its
stack, request-thread parts first; threads other than the request threads are parts of their own.
Prints a Markdown table: milliseconds of CPU per request per part, one column per instance.
"""
import collections
import re
import sys

# (part, pattern on a frame of a request thread's stack); the first matching part takes the sample,
# so the parts nested in others come first.
PARTS = [
    ("engine call (decision service, with the service's listeners)", r"DMNRuntimeImpl\.(evaluateDecisionService|evaluateAll)"),
    ("PSA rule unit", r"KineticsAnalyzer\.analyze"),
    ("audit record serialisation", r"PendingRecord\.of|RecordJson"),
    ("response body serialisation", r"AuditTrail\.serialise|MessageBodyWriter|\.writeTo"),
    ("audit record hand-over and commit wait", r"ChainWriter\.append|JdbcAuditStore\.append|AuditTrail\.(commit|open)"),
    ("engine context building", r"DmnEngine\.context|PathwayInputs|DynamicDMNContextBuilder"),
    ("input type check, JSON form of outputs", r"DmnEngine\.(checkInputs|outputs)"),
    ("response mapping and rationale", r"ResponseMapper|Rationale\."),
    ("request body parsing", r"readFrom|MessageBodyReader"),
    ("Bean Validation", r"hibernate/validator/internal/engine/ValidatorImpl"),
    ("evaluation slot (semaphore)", r"EvaluationGate\.acquire|Semaphore\.release"),
    ("security checks (roles)", r"SecurityCheck\.apply|SecurityConstrainer\.check|RolesAllowedCheck"),
]
THREADS = [
    ("HTTP event loop", r"vert\.x-eventloop"),
    ("audit writer thread", r"audit-writer"),
    ("JIT compiler threads", r"Compiler ?Thre|C[12] CompilerThre"),
    ("GC (VM thread)", r"VM Thread"),
]


def parts(path, ms_per_request):
    charged, total = collections.Counter(), 0
    for line in open(path):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        thread = frames[0]
        part = None
        # Request work runs on the request threads and, from session 15, on the evaluation threads.
        if "executor-thread" in thread or "evaluation-" in thread:
            part = next((name for name, rx in PARTS if any(re.search(rx, f) for f in frames[1:])),
                        "other request-thread work")
        else:
            part = next((name for name, rx in THREADS if re.search(rx, thread)), "other threads")
        charged[part] += n
    return {part: ms_per_request * n / total for part, n in charged.items()} if total else {}


def main(args):
    columns = []
    for arg in args:
        name, _, rest = arg.partition("=")
        path, _, ms = rest.rpartition(":")
        columns.append((name, float(ms), parts(path, float(ms))))
    order = [p for p, _ in PARTS] + ["other request-thread work"] + [t for t, _ in THREADS] + ["other threads"]
    print("| part (JVM CPU ms per request) | " + " | ".join(name for name, _, _ in columns) + " |")
    print("|---|" + "---|" * len(columns))
    print("| **whole JVM** | " + " | ".join(f"**{ms:.3f}**" for _, ms, _ in columns) + " |")
    for part in order:
        values = [c.get(part, 0.0) for _, _, c in columns]
        if any(v >= 0.0005 for v in values):
            print(f"| {part} | " + " | ".join(f"{v:.3f}" for v in values) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
