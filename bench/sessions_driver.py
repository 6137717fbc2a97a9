#!/usr/bin/env python3
"""The command side of an eMSP for bench/sessions: POSTs START_SESSION and STOP_SESSION commands to
a CPO node's commands Receiver with 16 connections, takes the CommandResults at its own
response_url, and reads the eMSP node's database and request log for what arrived there.
Standard library only (the machine has no PyPI)."""
import argparse
import base64
import http.client
import http.server
import json
import sqlite3
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

CONNECTIONS = 16


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


class Results:
    """CommandResults POSTed to our response_url, by command id."""

    def __init__(self):
        self.lock = threading.Lock()
        self.arrived = {}

    def count(self, prefix):
        with self.lock:
            return sum(1 for key in self.arrived if key.startswith(prefix))


def serve_results(port, results):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with results.lock:
                results.arrived[self.path.rsplit("/", 1)[-1]] = (time.monotonic(), json.loads(body or b"{}"))
            answer = json.dumps({"status_code": 1000, "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def send_all(base, token, commands):
    """POSTs (type, id, body) commands with CONNECTIONS keep-alive connections; returns latencies (ms)
    and the CommandResponse of each."""
    url = urllib.parse.urlparse(base)
    auth = "Token " + base64.b64encode(token.encode()).decode()
    local = threading.local()

    def post(command):
        kind, _, body = command
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        payload = json.dumps(body)
        started = time.monotonic()
        local.connection.request("POST", f"{url.path}/commands/{kind}", payload,
                                 {"Authorization": auth, "Content-Type": "application/json"})
        response = local.connection.getresponse()
        answer = json.loads(response.read())
        return (time.monotonic() - started) * 1000, answer.get("data", {}).get("result")

    with ThreadPoolExecutor(CONNECTIONS) as pool:
        return list(pool.map(post, commands))


def wait_for(what, condition, timeout=300):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"gave up waiting for {what}")
        time.sleep(0.05)
    return time.monotonic()


def count(db, sql):
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cpo", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--listen", type=int, required=True)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--emsp-db", required=True)
    parser.add_argument("--emsp-log", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    results = Results()
    serve_results(args.listen, results)
    respond = f"http://127.0.0.1:{args.listen}/results"
    n = args.sessions

    def token(i):
        return {"country_code": "DE", "party_id": "EMS", "uid": f"BENCH{i:06d}", "type": "RFID",
                "contract_id": f"DE-EMS-C{i:08d}", "issuer": "EMS", "valid": True, "whitelist": "ALLOWED",
                "last_updated": "2026-06-01T00:00:00Z"}

    starts = [("START_SESSION", f"start{i}", {
        "response_url": f"{respond}/start{i}", "token": token(i),
        "location_id": f"LOC{i // 2:06d}", "evse_uid": f"LOC{i // 2:06d}-E{i % 2}"}) for i in range(n)]
    began = time.monotonic()
    started = send_all(args.cpo, args.token, starts)
    sent = time.monotonic()
    accepted = sum(1 for _, result in started if result == "ACCEPTED")
    all_results = wait_for("the START_SESSION results", lambda: results.count("start") >= n)
    failed = [v[1] for k, v in results.arrived.items() if k.startswith("start") and v[1].get("result") != "ACCEPTED"]
    if accepted != n or failed:
        raise SystemExit(f"{n - accepted} START_SESSION refused, {len(failed)} results not ACCEPTED: {failed[:3]}")

    sessions_sql = "select count(*) from sessions where partner_id != 0"
    wait_for("the sessions at the eMSP", lambda: count(args.emsp_db, sessions_sql) >= n)
    patch_sql = ("select count(*) from request_log where direction = 'in' and method = 'PATCH'"
                 " and url like '%/sessions/%'")
    patches_before = count(args.emsp_log, patch_sql)
    first_id = count(args.emsp_log, "select coalesce(max(id), 0) from request_log")
    time.sleep(args.seconds)
    last_id = count(args.emsp_log, "select coalesce(max(id), 0) from request_log")
    patches = count(args.emsp_log, patch_sql) - patches_before
    connection = sqlite3.connect(f"file:{args.emsp_log}?mode=ro", uri=True)
    durations = [row[0] for row in connection.execute(
        "select duration_ms from request_log where direction = 'in' and method = 'PATCH' and url like '%/sessions/%'"
        " and id > ? and id <= ?", (first_id, last_id))]
    connection.close()

    session_ids = [row[0] for row in sqlite3.connect(f"file:{args.emsp_db}?mode=ro", uri=True).execute(
        "select json from sessions where partner_id != 0")]
    ids = [json.loads(text)["id"] for text in session_ids]
    stops = [("STOP_SESSION", f"stop{i}", {"response_url": f"{respond}/stop{i}", "session_id": sid})
             for i, sid in enumerate(ids)]
    stop_began = time.monotonic()
    stopped = send_all(args.cpo, args.token, stops)
    stop_sent = time.monotonic()
    cdr_sql = "select count(*) from cdrs where partner_id != 0"
    all_cdrs = wait_for("the CDRs at the eMSP", lambda: count(args.emsp_db, cdr_sql) >= n)

    start_ms = [latency for latency, _ in started]
    stop_ms = [latency for latency, _ in stopped]
    lines = [
        f"# Sessions benchmark, {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())}",
        "",
        f"{n} sessions on {(n + 1) // 2} locations, {CONNECTIONS} connections, --sim-speed 60 (a PATCH per session each"
        f" second), {args.seconds} s of charging, on loopback.",
        "",
        "| phase | rate | p50 | p99 |",
        "|---|---|---|---|",
        f"| START_SESSION POSTed (CommandResponse) | {n / (sent - began):.0f} commands/s | {percentile(start_ms, .5):.1f} ms"
        f" | {percentile(start_ms, .99):.1f} ms |",
        f"| START_SESSION until every CommandResult arrived | {n / (all_results - began):.0f} sessions/s | | |",
        f"| session PATCHes taken by the eMSP while charging | {patches / args.seconds:.0f} PATCH/s"
        f" (of {n}/s due) | {percentile(durations, .5):.2f} ms | {percentile(durations, .99):.2f} ms |",
        f"| STOP_SESSION POSTed (CommandResponse) | {n / (stop_sent - stop_began):.0f} commands/s"
        f" | {percentile(stop_ms, .5):.1f} ms | {percentile(stop_ms, .99):.1f} ms |",
        f"| STOP_SESSION until the eMSP holds every priced CDR | {n / (all_cdrs - stop_began):.0f} sessions/s | | |",
        "",
    ]
    with open(args.out, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
