#!/usr/bin/python3
"""serve_security.py — a real `lvsim serve` on 127.0.0.1 under hostile requests (docs/workbench.md,
"Security"), python3's standard library only, bounded in count and time: wrong and missing tokens,
wrong Host headers (DNS rebinding), cross-origin and non-JSON POSTs, oversized bodies (declared,
sent, chunked), paths outside the API, a simulation over the budget, a slow client that must not
block others and is cut off by the idle timeout, and 100 concurrent requests. Each must be refused
with its status or served correctly, and the server must still answer afterwards and stop cleanly
on SIGTERM. Usage: serve_security.py LVSIM   Exit 0 pass, 1 fail.
"""
import http.client
import json
import re
import socket
import subprocess
import sys
import threading
import time

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL: " + what, file=sys.stderr)


def main():
    lvsim = sys.argv[1]
    server = subprocess.Popen([lvsim, "serve", "--port", "0", "-j", "2", "--lang", "en"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]{32})", line)
    if not m:
        print("lvsim serve printed no address: " + line + server.stderr.read(), file=sys.stderr)
        return 1
    port, token = int(m.group(1)), m.group(2)
    host = "127.0.0.1:%d" % port

    def request(method, path, body=None, headers=None, timeout=30):
        h = {"Host": host, "X-Lvsim-Token": token}
        if body is not None:
            h["Content-Type"] = "application/json"
        h.update(headers or {})
        h = {k: v for k, v in h.items() if v is not None}
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        try:
            c.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for k, v in h.items():
                c.putheader(k, v)
            data = body.encode() if isinstance(body, str) else body
            if data is not None and "Content-Length" not in h:
                c.putheader("Content-Length", str(len(data)))
            c.endheaders(data)
            r = c.getresponse()
            payload = r.read()
            return r.status, dict(r.getheaders()), payload
        finally:
            c.close()

    def error_of(payload):
        try:
            return json.loads(payload).get("error", "")
        except ValueError:
            return ""

    try:
        # the page and its API with the token
        s, hd, p = request("GET", "/?token=" + token, headers={"X-Lvsim-Token": None})
        check(s == 200 and b"app.js?token=" + token.encode() in p, "the page with the token: %d" % s)
        check("default-src 'none'" in hd.get("Content-Security-Policy", ""), "a content security policy")
        check(hd.get("X-Frame-Options") == "DENY", "no framing")
        s, _, p = request("GET", "/api/state")
        check(s == 200 and json.loads(p)["scenario"]["source"] == "default", "state: %d" % s)
        # tokens
        for t in (None, "", "0" * 32, token[:-1] + ("0" if token[-1] != "0" else "1"), token[:16], token + "0"):
            s, _, p = request("GET", "/api/state", headers={"X-Lvsim-Token": t})
            check(s == 403 and "token" in error_of(p), "token %r: %d" % (t, s))
            s, _, p = request("POST", "/api/run", "{}", headers={"X-Lvsim-Token": t})
            check(s == 403, "POST with token %r: %d" % (t, s))
        s, _, _ = request("GET", "/?token=" + token[:-1], headers={"X-Lvsim-Token": None})
        check(s == 403, "the page with a wrong token: %d" % s)
        # Host: DNS rebinding
        for h in ("evil.example:%d" % port, "localhost:%d" % port, "127.0.0.1", "127.0.0.1:1", ""):
            s, _, p = request("GET", "/api/state", headers={"Host": h})
            check(s in (400, 403), "Host %r: %d" % (h, s))
        # cross-origin and non-JSON POSTs
        s, _, p = request("POST", "/api/check", "{}", headers={"Origin": "http://evil.example"})
        check(s == 403 and "another site" in error_of(p), "cross-origin POST: %d" % s)
        s, _, p = request("POST", "/api/check", "{}", headers={"Sec-Fetch-Site": "cross-site"})
        check(s == 403, "Sec-Fetch-Site cross-site: %d" % s)
        s, _, p = request("POST", "/api/check", "{}", headers={"Content-Type": "text/plain"})
        check(s == 415, "text/plain POST: %d" % s)
        s, _, p = request("POST", "/api/check", "edits=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
        check(s == 415, "form POST: %d" % s)
        s, _, _ = request("OPTIONS", "/api/run", headers={"Origin": "http://evil.example",
                                                          "Access-Control-Request-Method": "POST"})
        check(s in (403, 405), "CORS preflight: %d" % s)
        s, _, p = request("POST", "/api/check", "{}", headers={"Origin": "http://" + host, "Sec-Fetch-Site": "same-origin"})
        check(s == 200, "a same-origin POST: %d" % s)
        # paths: no files, no listing
        for path in ("/../../etc/passwd", "/etc/passwd", "/api/", "/api/state/..", "/page/", "/index.html", "//"):
            s, _, _ = request("GET", path)
            check(s in (400, 404), "path %r: %d" % (path, s))
        # oversized bodies: declared, sent, chunked
        t0 = time.time()
        s, _, p = request("POST", "/api/check", b"", headers={"Content-Length": str(10 ** 9)})
        check(s == 413 and time.time() - t0 < 5, "a body of 1 GB declared: %d" % s)
        big = '{"edits": ["' + "x" * 70000 + '"]}'
        s, _, p = request("POST", "/api/check", big)
        check(s == 413 and "65536" in error_of(p), "a body of 70 kB: %d" % s)
        c = socket.create_connection(("127.0.0.1", port), timeout=20)
        c.sendall(("POST /api/check HTTP/1.1\r\nHost: %s\r\nX-Lvsim-Token: %s\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n" % (host, token)).encode())
        chunk = b"x" * 8192
        try:
            for _ in range(20):
                c.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
            c.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server may close early
        reply = c.recv(4096)
        c.close()
        check(reply.startswith(b"HTTP/1.1 413"), "a chunked body of 160 kB: %r" % reply[:40])
        # an endless chunked body: read and dropped only so far, then the connection is closed
        c = socket.create_connection(("127.0.0.1", port), timeout=20)
        c.sendall(("POST /api/check HTTP/1.1\r\nHost: %s\r\nX-Lvsim-Token: %s\r\nContent-Type: application/json\r\n"
                   "Transfer-Encoding: chunked\r\n\r\n" % (host, token)).encode())
        t0, sent, closed = time.time(), 0, False
        while time.time() - t0 < 10 and sent < 100 * 2 ** 20:
            try:
                c.sendall(b"%x\r\n" % len(chunk) + chunk + b"\r\n")
                sent += len(chunk)
            except OSError:
                closed = True
                break
        c.close()
        check(closed and sent < 4 * 2 ** 20, "an endless chunked body: closed %s after %d bytes" % (closed, sent))
        # bad JSON: the place; an edit over the budget; a bad edit: lvsim check's words
        s, _, p = request("POST", "/api/check", '{\n  "edits": [,\n}')
        check(s == 400 and "line 2, column 13" in error_of(p), "bad JSON: %d %r" % (s, error_of(p)))
        s, _, p = request("POST", "/api/run", '{"edits": ["demand.growth=1000"]}')
        check(s == 422 and "more than the" in error_of(p), "over the budget: %d %r" % (s, error_of(p)))
        s, _, p = request("POST", "/api/check", '{"edits": ["add-staff=mon 17:00-25:00 +1"]}')
        check(s == 422 and json.loads(p)["errors"][0]["text"].startswith("--add-staff 'mon 17:00-25:00 +1': error:"),
              "a bad edit: %d %r" % (s, p[:200]))
        # a slow client holds its own connection only, and the idle timeout ends it
        slow = socket.create_connection(("127.0.0.1", port), timeout=40)
        slow.sendall(b"GET /api/state HTTP/1.1\r\nHo")
        t0 = time.time()
        s, _, _ = request("GET", "/api/state", timeout=10)
        check(s == 200 and time.time() - t0 < 2, "served while a slow client waits: %d" % s)
        s, _, p = request("POST", "/api/run", '{"edits": ["add-staff=mon 17:00-18:00 +1"]}', timeout=30)
        check(s == 200 and json.loads(p)["intervals"][17]["difference"]["mean"] > 0, "a run while a slow client waits: %d" % s)
        slow.settimeout(25)
        try:
            slow.recv(1024)  # returns once the server closes it (after a 408 or without a word)
            closed = True
        except socket.timeout:
            closed = False
        except OSError:
            closed = True
        check(closed and time.time() - t0 < 25, "the slow client was cut off by the idle timeout")
        slow.close()
        # 100 concurrent requests: each served or refused, never hung
        results = []
        lock = threading.Lock()

        def one(i):
            try:
                if i % 4 == 0:
                    r = request("POST", "/api/check", '{"edits": ["demand.growth=1.%d"]}' % (i % 10), timeout=30)
                elif i % 10 == 1:
                    r = request("GET", "/api/state", headers={"X-Lvsim-Token": "wrong"}, timeout=30)
                else:
                    r = request("GET", "/api/state", timeout=30)
                out = (i, r[0], r[2])
            except (OSError, http.client.HTTPException) as e:
                out = (i, None, str(e))
            with lock:
                results.append(out)

        threads = [threading.Thread(target=one, args=(i,)) for i in range(100)]
        t0 = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        check(len(results) == 100 and time.time() - t0 < 60, "100 concurrent requests all ended (%d)" % len(results))
        served = 0
        for i, status, payload in results:
            if status is None:
                continue  # refused at the connection limit: closed, not hung
            if i % 10 == 1:
                check(status == 403, "concurrent request %d with a wrong token: %s" % (i, status))
            else:
                check(status == 200 and json.loads(payload), "concurrent request %d: %s" % (i, status))
                served += 1
        check(served >= 30, "most concurrent requests served (%d)" % served)
        # still up
        s, _, _ = request("GET", "/api/state")
        check(s == 200, "the server answers afterwards: %d" % s)
        check(server.poll() is None, "the server is still running")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            failures.append("lvsim serve did not stop on SIGTERM")
    check(server.returncode == 0, "lvsim serve exits 0 on SIGTERM (%r)" % server.returncode)
    # the command's own refusals: exit 2 for bad options, 1 when the port is taken
    for args in (["--port", "70000"], ["--listen", "example.com"], ["--budget", "5"], ["--set", "demand.growth=abc"],
                 ["/nonexistent.yaml"]):
        r = subprocess.run([lvsim, "serve"] + args, capture_output=True, text=True, timeout=30)
        check(r.returncode == 2 and r.stderr, "lvsim serve %s: exit %d" % (" ".join(args), r.returncode))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        r = subprocess.run([lvsim, "serve", "--port", str(taken.getsockname()[1])], capture_output=True, text=True,
                           timeout=30)
        check(r.returncode == 1 and "cannot listen" in r.stderr, "a port in use: exit %d %r" % (r.returncode, r.stderr))
    # an IPv6 address written long: the browser sends it in Host as the URL standard writes it,
    # [::1], so that is what the server prints and takes (skipped where ::1 cannot be had)
    v6 = subprocess.Popen([lvsim, "serve", "--listen", "0:0:0:0:0:0:0:1", "--port", "0", "--lang", "en"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = v6.stdout.readline()
        m = re.search(r"http://(\[[0-9a-f:]+\]):(\d+)/\?token=([0-9a-f]{32})", line)
        if m:
            check(m.group(1) == "[::1]", "--listen 0:0:0:0:0:0:0:1 prints [::1]: %r" % line)
            c = http.client.HTTPConnection("::1", int(m.group(2)), timeout=30)
            c.putrequest("GET", "/api/state", skip_host=True, skip_accept_encoding=True)
            c.putheader("Host", "[::1]:" + m.group(2))
            c.putheader("X-Lvsim-Token", m.group(3))
            c.endheaders()
            r = c.getresponse()
            r.read()
            c.close()
            check(r.status == 200, "Host [::1]:PORT with --listen 0:0:0:0:0:0:0:1: %d" % r.status)
    finally:
        v6.terminate()
        v6.wait(timeout=15)
    # port 80: a browser leaves http's own port out of Host, so the server names itself without
    # it (tried only where port 80 can be had: as root, and free)
    p80 = subprocess.Popen([lvsim, "serve", "--port", "80", "--lang", "en"], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    try:
        line = p80.stdout.readline()
        m = re.search(r"http://127\.0\.0\.1/\?token=([0-9a-f]{32})", line)
        if line:
            check(m is not None, "--port 80 prints its address without the port: %r" % line)
        if m:
            c = http.client.HTTPConnection("127.0.0.1", 80, timeout=30)
            c.putrequest("GET", "/api/state", skip_host=True, skip_accept_encoding=True)
            c.putheader("Host", "127.0.0.1")
            c.putheader("X-Lvsim-Token", m.group(1))
            c.endheaders()
            r = c.getresponse()
            r.read()
            c.close()
            check(r.status == 200, "Host 127.0.0.1 with --port 80: %d" % r.status)
    finally:
        p80.terminate()
        p80.wait(timeout=15)
    if failures:
        print("serve_security: %d failure(s)" % len(failures), file=sys.stderr)
        return 1
    print("serve_security: every hostile request refused, every good one served, the server stayed up")
    return 0


if __name__ == "__main__":
    sys.exit(main())
