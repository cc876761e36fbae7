"""Web Push to a push service of our own: a reminder reaches the devices that asked for it, signed
with VAPID and readable only with the device's keys, saying nothing of who or what; a device the
push service says is gone is forgotten; the app is installable (manifest, service worker)."""

import json
import time
import urllib.request

from api import call
from harness import E2ETestCase, PASSWORD, unique_email
from push_service import PushService


class PushTest(E2ETestCase):

    def setUp(self):
        self.push = PushService()
        self.addCleanup(self.push.stop)

    def member(self, name):
        email = unique_email(name)
        status, answer = call(self.server, "POST", "/api/v1/accounts",
                              {"name": name, "email": email, "password": PASSWORD})
        self.assertEqual(status, 201, answer)
        return email, answer["session"]["token"]

    def test_a_reminder_reaches_each_device_and_a_gone_one_is_forgotten(self):
        alice_email, alice = self.member("Alice")
        _, bob = self.member("Bob")
        _, couple = call(self.server, "POST", "/api/v1/couples", {}, alice)
        _, invite = call(self.server, "POST", f"/api/v1/couples/{couple['id']}/invites", None, alice)
        call(self.server, "POST", "/api/v1/invites/accept", {"code": invite["code"]}, bob)
        area = couple["areas"][0]["id"]
        status, _ = call(self.server, "PUT", "/api/v1/me/reminders",
                         {"kinds": ["partnerWaiting"], "fromHour": 0, "untilHour": 24, "paused": False}, alice)
        self.assertEqual(status, 200)
        # Two devices: this one, and an old phone (another session) its push service has let go.
        status, _ = call(self.server, "POST", "/api/v1/me/push/subscriptions", self.push.subscription("phone"), alice)
        self.assertEqual(status, 201)
        _, other = call(self.server, "POST", "/api/v1/sessions", {"email": alice_email, "password": PASSWORD})
        call(self.server, "POST", "/api/v1/me/push/subscriptions", self.push.subscription("old", gone=True),
             other["session"]["token"])
        _, push = call(self.server, "GET", "/api/v1/me/push", None, alice)
        self.assertEqual(len(push["subscriptions"]), 2)

        call(self.server, "PUT", f"/api/v1/couples/{couple['id']}/areas/{area}/switch", {"on": False}, alice)
        call(self.server, "POST", f"/api/v1/couples/{couple['id']}/areas/{area}/questions",
             {"kind": "whatHappened"}, bob)
        self.assertEqual([json.loads(shown) for shown in self.push.wait_for("phone")],
                         [{"title": "Reminder", "body": "Something is waiting for you in Trellis"}])
        self.assertEqual(self.push.problems, [])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            _, push = call(self.server, "GET", "/api/v1/me/push", None, alice)
            if len(push["subscriptions"]) == 1:
                break
            time.sleep(0.25)
        self.assertEqual(len(push["subscriptions"]), 1, "the device its push service let go is forgotten")

    def test_installable(self):
        with urllib.request.urlopen(self.server.url("/manifest.webmanifest")) as answer:
            manifest = json.loads(answer.read())
        self.assertEqual(manifest["start_url"], "/home")
        with urllib.request.urlopen(self.server.url("/sw.js")) as answer:
            self.assertIn("javascript", answer.headers["Content-Type"])
            self.assertIn("showNotification", answer.read().decode())
