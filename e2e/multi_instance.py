"""Two `trellis serve` instances over one PostgreSQL database behind HAProxy (round robin), driven
through the balancer by the API: partners on different instances, reads right after writes,
concurrent unpinned writes (none may answer 409), shared login limits, and kill -9 of one
instance mid-traffic with every acknowledged write still there. Then two instances whose kept
folds follow the database's announcements (`--freshness announced`) behind a balancer that keeps
each client on one instance: a person's own writes are in their next read, and the partner's
instance has them within a second. Needs TRELLIS_TEST_POSTGRES_URL and haproxy; run by .ci/run."""

import base64
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

import websocket

from api import call
from harness import Server, free_port


class Balancer:
    """HAProxy in front of the instances, checking each one's /readyz."""

    def __init__(self, instances, sticky=False):
        self.port = free_port()
        self.tmp = tempfile.mkdtemp(prefix="trellis-haproxy-")
        servers = "\n".join(f"    server i{n} 127.0.0.1:{s.port} check inter 500 fall 2 rise 1 cookie i{n}"
                            for n, s in enumerate(instances))
        config = f"""
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch
    retry-on conn-failure empty-response response-timeout
    option forwardfor
frontend trellis
    bind 127.0.0.1:{self.port}
    default_backend instances
backend instances
    {{balance}}
    option httpchk GET /readyz
{servers}
""".replace("{balance}", STICKY if sticky else "balance roundrobin")
        path = os.path.join(self.tmp, "haproxy.cfg")
        with open(path, "w", encoding="utf-8") as f:
            f.write(config)
        self.proc = subprocess.Popen(["haproxy", "-f", path, "-db"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.base_url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError):
                pass  # not listening yet, or no instance checked healthy yet
            time.sleep(0.2)
        raise RuntimeError("haproxy did not start")

    def url(self, path="/"):
        return self.base_url + path

    def stop(self):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)


# A browser is kept on the instance that first answered it by a cookie; an app, by its bearer token.
STICKY = """balance hdr(Authorization)
    hash-type consistent
    cookie trellis_instance insert indirect nocache httponly"""


METRICS = uuid.uuid4().hex


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def sign_up(lb, name):
    status, body = call(lb, "POST", "/api/v1/accounts", {
        "name": name, "email": f"{name.lower()}-{uuid.uuid4().hex[:8]}@example.test",
        "password": "correct horse battery staple"})
    check(status == 201, f"sign-up answered {status}: {body}")
    return body["account"]["email"], body["session"]["token"]


def scenario(lb, instances):
    alice_email, alice = sign_up(lb, "Alice")
    _, bob = sign_up(lb, "Bob")
    status, couple = call(lb, "POST", "/api/v1/couples", token=alice)
    check(status == 201, f"start answered {status}")
    couple_id = couple["id"]
    status, invite = call(lb, "POST", f"/api/v1/couples/{couple_id}/invites", token=alice)
    status, _ = call(lb, "POST", "/api/v1/invites/accept", {"code": invite["code"]}, token=bob)
    check(status == 200, f"joining answered {status}")

    # Live across instances: Bob listens on one instance, Alice writes on the other.
    for listener, writer in ((instances[1], instances[0]), (instances[0], instances[1])):
        socket = websocket.create_connection(
            listener.base_url.replace("http://", "ws://") + f"/api/v1/couples/{couple_id}/live",
            header=[f"Authorization: Bearer {bob}"], timeout=5)
        time.sleep(0.3)  # the subscription is in place once the upgrade is answered; a margin
        started = time.monotonic()
        status, _ = call(writer, "POST", f"/api/v1/couples/{couple_id}/areas", {"name": f"Live {writer.port}"},
                         token=alice)
        check(status == 201, f"adding an area answered {status}")
        message = socket.recv()
        waited = time.monotonic() - started
        socket.close()
        check('"seq"' in message and waited < 1, f"live message {message!r} after {waited:.2f}s")
        print(f"live: a write on one instance reached a socket on the other in {waited * 1000:.0f} ms")

    # Reads right after writes, each pair landing on different instances (round robin).
    for n in range(20):
        status, _ = call(lb, "POST", f"/api/v1/couples/{couple_id}/areas", {"name": f"Seen {n}"}, token=alice)
        check(status == 201, f"adding an area answered {status}")
        status, view = call(lb, "GET", f"/api/v1/couples/{couple_id}", token=bob)
        names = [a["name"] for a in view["areas"]]
        check(f"Seen {n}" in names, f"Bob's read right after Alice's write misses 'Seen {n}'")
    print("reads after writes: 20 of 20 saw the write, across instances")

    # Concurrent unpinned writes from both partners: all accepted, none 409.
    results = []
    def write(n, token):
        results.append(call(lb, "POST", f"/api/v1/couples/{couple_id}/areas", {"name": f"Together {n}"},
                            token=token)[0])
    threads = [threading.Thread(target=write, args=(n, alice if n % 2 else bob)) for n in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check(results.count(201) == 30, f"concurrent writes answered {sorted(results)}")
    print("concurrent writes: 30 of 30 accepted, no 409")

    # Login limits are shared: guesses spread over both instances count together.
    guesses = [call(lb, "POST", "/api/v1/sessions", {"email": alice_email, "password": "a wrong guess!"})[0]
               for _ in range(6)]
    check(guesses[:5] == [401] * 5 and guesses[5] == 429, f"guesses answered {guesses}")
    print("login limits: the sixth guess over two instances waits (429)")

    # kill -9 of one instance mid-traffic: every acknowledged write is still there.
    acknowledged, errors, stop = [], [], threading.Event()
    def traffic():
        n = 0
        while not stop.is_set():
            status, _ = call(lb, "POST", f"/api/v1/couples/{couple_id}/areas", {"name": f"Load {n}"}, token=alice)
            (acknowledged if status == 201 else errors).append((n, status))
            n += 1
    worker = threading.Thread(target=traffic)
    worker.start()
    time.sleep(2)
    instances[0].kill_hard()
    time.sleep(3)
    stop.set()
    worker.join()
    status, view = call(lb, "GET", f"/api/v1/couples/{couple_id}", token=bob)
    check(status == 200, f"reading after the kill answered {status}")
    names = {a["name"] for a in view["areas"]}
    lost = [n for n, _ in acknowledged if f"Load {n}" not in names]
    check(acknowledged and not lost, f"{len(lost)} acknowledged writes lost: {lost[:10]}")
    print(f"kill -9 mid-traffic: {len(acknowledged)} writes acknowledged, none lost "
          f"({len(errors)} not acknowledged: {sorted({s for _, s in errors})})")


def check_metrics(instance, token):
    """The surviving instance's /metrics: for its token's bearer only, with Trellis's own series."""
    request = urllib.request.Request(instance.url("/metrics"), headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode()
    for series in ("trellis_appends_total", "trellis_fold_reads_total", "trellis_login_throttled_total",
                   "/api/v1/couples/{coupleId}/areas"):
        check(series in text, f"/metrics has no {series}")
    try:
        urllib.request.urlopen(instance.url("/metrics"), timeout=10)
        check(False, "/metrics answered without the token")
    except urllib.error.HTTPError as error:
        check(error.code == 404, f"/metrics without the token answered {error.code}")
    print("metrics: served to the token's bearer, with appends, fold reads and throttled log-ins")


def announced(lb, instances):
    """Kept folds that follow announcements: each partner stays on one instance (the balancer
    hashes their token), so their own writes are in their next read; the other instance hears
    the write through the database within a second."""
    _, alice = sign_up(lb, "Alice")
    _, bob = sign_up(lb, "Bob")
    status, couple = call(lb, "POST", "/api/v1/couples", token=alice)
    couple_id = couple["id"]
    status, invite = call(lb, "POST", f"/api/v1/couples/{couple_id}/invites", token=alice)
    status, _ = call(lb, "POST", "/api/v1/invites/accept", {"code": invite["code"]}, token=bob)
    check(status == 200, f"joining answered {status}")
    slowest = 0
    for n in range(20):
        status, _ = call(lb, "POST", f"/api/v1/couples/{couple_id}/areas", {"name": f"Heard {n}"}, token=alice)
        check(status == 201, f"adding an area answered {status}")
        status, view = call(lb, "GET", f"/api/v1/couples/{couple_id}", token=alice)
        check(f"Heard {n}" in [a["name"] for a in view["areas"]], f"Alice's own write 'Heard {n}' is not in her read")
        for instance in instances:
            started = time.monotonic()
            while True:
                status, view = call(instance, "GET", f"/api/v1/couples/{couple_id}", token=bob)
                if f"Heard {n}" in [a["name"] for a in view["areas"]]:
                    break
                check(time.monotonic() - started < 1, f"instance {instance.port} missed 'Heard {n}' for a second")
                time.sleep(0.005)
            slowest = max(slowest, time.monotonic() - started)
    print(f"announced: 20 of 20 own writes in the next read through the sticky balancer; both instances "
          f"had each within {slowest * 1000:.0f} ms")
    # A log-out counts at once where it was made, and on the other instance within a second.
    status, _ = call(lb, "DELETE", "/api/v1/sessions/current", token=alice)
    check(status == 204, f"logging out answered {status}")
    for instance in instances:
        started = time.monotonic()
        while call(instance, "GET", f"/api/v1/couples/{couple_id}", token=alice)[0] != 401:
            check(time.monotonic() - started < 1, f"instance {instance.port} still took a logged-out token")
            time.sleep(0.005)
    print("announced: a log-out refused on both instances within a second")
    for instance in instances:
        kept = series(instance, 'trellis_session_reads_total{served="kept"}')
        read = series(instance, 'trellis_session_reads_total{served="database"}')
        check(kept > read, f"{read:.0f} of {kept + read:.0f} sessions read from the database: none kept")
        print(f"announced: on instance {instance.port}, {kept:.0f} of {kept + read:.0f} signed-in requests found "
              "their session in memory")
        reads, checks = series(instance, "trellis_fold_reads_total"), series(instance, "trellis_head_checks_total")
        check(reads >= 20 and checks * 4 < reads, f"{checks} head checks for {reads} reads: announcements unused")
        print(f"announced: on instance {instance.port}, {checks:.0f} of {reads:.0f} reads asked the database "
              "where the couple stands")


def series(instance, name):
    """The sum of a metric's series on an instance's /metrics."""
    request = urllib.request.Request(instance.url("/metrics"), headers={"Authorization": f"Bearer {METRICS}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        lines = response.read().decode().splitlines()
    return sum(float(line.rsplit(" ", 1)[1]) for line in lines if line.startswith(name))


def run(database, extra, body):
    """Two instances over `database` behind a balancer; `body(balancer, instances)`."""
    instances = [Server(["--database", database, "--writes-per-minute", "100000"] + extra) for _ in range(2)]
    balancer = None
    try:
        for instance in instances:
            instance.start()
        balancer = Balancer(instances, sticky="announced" in extra)
        body(balancer, instances)
    finally:
        if balancer:
            balancer.stop()
        for instance in instances:
            instance.stop()


def main():
    url = os.environ.get("TRELLIS_TEST_POSTGRES_URL")
    if not url or not shutil.which("haproxy"):
        sys.exit("multi_instance.py needs TRELLIS_TEST_POSTGRES_URL and haproxy")
    schema = "multi_" + uuid.uuid4().hex[:12]
    database = url + ("&" if "?" in url else "?") + "search_path=" + schema
    os.environ["TRELLIS_MASTER_KEY"] = base64.b64encode(os.urandom(32)).decode()

    def checked(balancer, instances):
        scenario(balancer, instances)
        check_metrics(instances[1], METRICS)
    run(database, ["--metrics-token", METRICS, "--trusted-proxy", "127.0.0.1"], checked)
    run(database, ["--metrics-token", METRICS, "--freshness", "announced"], announced)
    print("multi-instance: passed")


if __name__ == "__main__":
    main()
