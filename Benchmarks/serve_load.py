"""Load on `mtlint serve`: one-sentence /v2/check requests from this (second) process for a
fixed time, on loopback only, with a few keep-alive connections; prints requests per second,
latency percentiles, errors and the server's memory (RSS) at the start and the end.

The target of issue 18 on 2 cores: at least 200 requests/s, p99 under 50 ms, no error,
memory flat. Run by `make bench` (never in CI); MTLINT_BIN chooses the binary (default
.build/release/mtlint), SERVE_LOAD_SECONDS the duration (default 20), SERVE_LOAD_CLIENTS
the connections (default 4).
"""
import http.client
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.environ.get("MTLINT_BIN", os.path.join(ROOT, ".build", "release", "mtlint"))
SECONDS = float(os.environ.get("SERVE_LOAD_SECONDS", "20"))
CLIENTS = int(os.environ.get("SERVE_LOAD_CLIENTS", "4"))
SENTENCES = [
    "Secondo il rapporto, l'azienda ha pagato 10 Cento milioni di dollari per il il progetto.",
    "Il governo ha annunciato nuove misure per sostenere le imprese colpite dalla crisi.",
    "La società ha registrato un fatturato di 30.6% in più rispetto all'anno scorso.",
]


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main() -> int:
    if not os.path.exists(BINARY):
        print(f"no {BINARY}: build it with `make release` or set MTLINT_BIN", file=sys.stderr)
        return 2
    server = subprocess.Popen([BINARY, "serve", "--no-config", "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        if not found:
            print(f"the server did not start: {line.strip()}", file=sys.stderr)
            return 2
        port = int(found.group(1))
        time.sleep(1.0)  # the languages warm up on another thread
        rss_start = rss_kib(server.pid)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        deadline = time.monotonic() + SECONDS

        def client(index: int) -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            count = 0
            while time.monotonic() < deadline:
                body = urllib.parse.urlencode({"text": SENTENCES[(index + count) % len(SENTENCES)], "language": "it"})
                start = time.monotonic()
                try:
                    connection.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
                    response = connection.getresponse()
                    response.read()
                    elapsed = time.monotonic() - start
                    with lock:
                        if response.status == 200:
                            latencies.append(elapsed)
                        else:
                            errors.append(f"HTTP {response.status}")
                except OSError as error:
                    with lock:
                        errors.append(str(error))
                    connection.close()
                    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                count += 1
            connection.close()

        threads = [threading.Thread(target=client, args=(index,)) for index in range(CLIENTS)]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.monotonic() - began
        rss_end = rss_kib(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)

    latencies.sort()

    def percentile(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    rate = len(latencies) / took
    print(f"mtlint serve, {CLIENTS} connections, {took:.1f} s: {len(latencies)} answers, {rate:.0f} requests/s, "
          f"p50 {percentile(0.50):.1f} ms, p99 {percentile(0.99):.1f} ms, {len(errors)} errors; "
          f"server RSS {rss_start / 1024:.1f} MiB at the start, {rss_end / 1024:.1f} MiB at the end")
    if errors:
        print("first errors: " + "; ".join(errors[:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
