"""An acknowledged write survives kill -9 of the server; SIGTERM stops it cleanly."""

import os
import signal
import threading
import unittest

from api import call
from harness import PASSWORD, Server, unique_email


class DurabilityTest(unittest.TestCase):

    def setUp(self):
        # The writers here go far faster than any person: lift the per-member write limit.
        self.server = Server(["--writes-per-minute", "100000000"])
        self.addCleanup(self.server.stop)
        self.server.start()

    def sign_up_with_a_couple(self):
        """Sam signs up and starts a couple: (email, session token, the couple as answered)."""
        email = unique_email("sam")
        status, body = call(self.server, "POST", "/api/v1/accounts",
                            {"name": "Sam", "email": email, "password": PASSWORD})
        self.assertEqual(status, 201, body)
        token = body["session"]["token"]
        status, couple = call(self.server, "POST", "/api/v1/couples", {}, token)
        self.assertEqual(status, 201, couple)
        return email, token, couple

    def test_acknowledged_write_survives_kill_9(self):
        email, token, couple = self.sign_up_with_a_couple()
        status, added = call(self.server, "POST", f"/api/v1/couples/{couple['id']}/areas",
                             {"name": "Kept after a crash"}, token)
        self.assertEqual(status, 201, added)

        # The answer above was the acknowledgment; now the process dies without any shutdown.
        self.server.kill_hard()
        self.server.start()

        status, body = call(self.server, "POST", "/api/v1/sessions",
                            {"email": email, "password": PASSWORD})
        self.assertEqual(status, 201, body)
        status, view = call(self.server, "GET", f"/api/v1/couples/{couple['id']}",
                            token=body["session"]["token"])
        self.assertEqual(status, 200, view)
        self.assertIn("Kept after a crash", [area["name"] for area in view["areas"]])
        self.assertEqual(view["seq"], added["seq"])

    def test_kill_9_during_concurrent_writes_loses_no_acknowledged_write(self):
        email, token, couple = self.sign_up_with_a_couple()
        path = f"/api/v1/couples/{couple['id']}/areas"
        acknowledged, lock, enough = [], threading.Lock(), threading.Event()

        def writer(worker):
            # Unpinned writes from 8 clients at once; past 250 answers, the server is killed mid-flight.
            for n in range(10_000):
                if enough.is_set():
                    return
                try:
                    status, _ = call(self.server, "POST", path, {"name": f"W{worker}-{n}"}, token)
                except OSError:
                    return  # the connection died with the server: not acknowledged
                if status == 201:
                    with lock:
                        acknowledged.append(f"W{worker}-{n}")
                        if len(acknowledged) >= 250:
                            enough.set()

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(8)]
        for thread in threads:
            thread.start()
        self.assertTrue(enough.wait(timeout=120), "the writers never reached 250 acknowledged writes")
        self.server.kill_hard()
        for thread in threads:
            thread.join(timeout=30)
        self.server.start()

        status, body = call(self.server, "POST", "/api/v1/sessions", {"email": email, "password": PASSWORD})
        self.assertEqual(status, 201, body)
        status, view = call(self.server, "GET", f"/api/v1/couples/{couple['id']}", token=body["session"]["token"])
        self.assertEqual(status, 200, view)
        names = [area["name"] for area in view["areas"]]
        self.assertEqual(len(names), len(set(names)), "an area was written twice")
        missing = sorted(set(acknowledged) - set(names))
        self.assertEqual(missing, [], "acknowledged writes lost in the crash")

    def test_sigterm_shuts_down_gracefully(self):
        self.sign_up_with_a_couple()
        wal = os.path.join(self.server.data_dir, "trellis.sqlite-wal")
        self.assertTrue(os.path.exists(wal) and os.path.getsize(wal) > 0, "the writes wait in the write-ahead log")
        self.server.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.server.proc.wait(timeout=15), 0, self.server.output())
        # Stopped in order: the log went home to the main file, which alone is the database.
        self.assertFalse(os.path.exists(wal) and os.path.getsize(wal) > 0, "data left in the write-ahead log")


if __name__ == "__main__":
    unittest.main()
