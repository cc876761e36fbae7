"""An acknowledged write survives kill -9 of the server; SIGTERM stops it cleanly."""

import signal
import unittest

from api import call
from harness import PASSWORD, Server, unique_email


class DurabilityTest(unittest.TestCase):

    def setUp(self):
        self.server = Server()
        self.addCleanup(self.server.stop)
        self.server.start()

    def test_acknowledged_write_survives_kill_9(self):
        email = unique_email("sam")
        status, body = call(self.server, "POST", "/api/v1/accounts",
                            {"name": "Sam", "email": email, "password": PASSWORD})
        self.assertEqual(status, 201, body)
        token = body["session"]["token"]
        status, couple = call(self.server, "POST", "/api/v1/couples", {}, token)
        self.assertEqual(status, 201, couple)
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

    def test_sigterm_shuts_down_gracefully(self):
        self.server.proc.send_signal(signal.SIGTERM)
        self.assertEqual(self.server.proc.wait(timeout=15), 0, self.server.output())


if __name__ == "__main__":
    unittest.main()
