"""The calendar feed over the API: the doer's accepted actions as iCalendar, revocable, no hurts."""

import re
import unittest

import icalendar
import urllib.error
import urllib.request
import uuid

from api import call
from harness import PASSWORD, E2ETestCase, unique_email

ACTION_WHAT = "Call me at lunch"


def fetch(url):
    """GETs an absolute URL with no credentials; returns (status, headers, body text)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def unfolded_lines(body):
    """RFC 5545 content lines: split on CRLF, then join folded continuation lines."""
    lines = []
    for line in body.split("\r\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def vevents(body):
    """Each VEVENT as a list of its property lines."""
    events, current = [], None
    for line in unfolded_lines(body):
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT" and current is not None:
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return events


def ical_unescape(value):
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def summaries(event):
    return [ical_unescape(line.split(":", 1)[1]) for line in event
            if line.split(":", 1)[0].split(";", 1)[0].upper() == "SUMMARY" and ":" in line]


class CalendarFeedTest(E2ETestCase):
    """Uses the harness's server (and its log on failure), but never opens a browser."""

    def ok(self, expected, method, path, body=None, token=None):
        status, answer = call(self.server, method, path, body, token)
        self.assertEqual(status, expected, f"{method} {path} {body!r} answered {status}: {answer}")
        return answer

    def sign_up(self, name):
        answer = self.ok(201, "POST", "/api/v1/accounts",
                         {"name": name, "email": unique_email(name), "password": PASSWORD})
        return answer["session"]["token"]

    def test_feed_lists_accepted_actions_and_can_be_revoked(self):
        alice, bob = self.sign_up("Alice"), self.sign_up("Bob")
        couple = self.ok(201, "POST", "/api/v1/couples", {}, alice)
        couple_id = couple["id"]
        invite = self.ok(201, "POST", f"/api/v1/couples/{couple_id}/invites", {}, alice)
        self.ok(200, "POST", "/api/v1/invites/accept", {"code": invite["code"]}, bob)
        view = self.ok(200, "GET", f"/api/v1/couples/{couple_id}", token=alice)
        areas = {area["name"]: area["id"] for area in view["areas"] if not area["archived"]}
        self.assertIn("Honesty", areas, f"default areas {sorted(areas)} have no Honesty")
        honesty = areas["Honesty"]

        # Private hurts from both partners: none of their text may ever reach a calendar.
        tag = uuid.uuid4().hex[:8]
        secrets = [f"PRIVATE-HURT-{tag}-alice", f"PRIVATE-HELP-{tag}-alice",
                   f"PRIVATE-HURT-{tag}-bob", f"PRIVATE-HELP-{tag}-bob"]
        area_path = f"/api/v1/couples/{couple_id}/areas/{honesty}"
        for token, what, help_text in ((alice, *secrets[:2]), (bob, *secrets[2:])):
            self.ok(200, "PUT", f"{area_path}/switch", {"on": False}, token)
            self.ok(201, "POST", f"{area_path}/hurts",
                    {"what": what, "help": help_text, "private": True}, token)

        # Alice asks a daily action of Bob; Bob accepts it.
        asked = self.ok(201, "POST", f"/api/v1/couples/{couple_id}/actions",
                        {"areaId": honesty, "what": ACTION_WHAT, "cadence": {"kind": "daily"}},
                        alice)
        matching = [a for a in asked["repair"]["asked"] if a["what"] == ACTION_WHAT]
        self.assertEqual(len(matching), 1, f"Alice's asked list should hold the action: {asked}")
        action_id = matching[0]["id"]
        accepted = self.ok(200, "POST", f"/api/v1/couples/{couple_id}/actions/{action_id}/accept",
                           {}, bob)
        statuses = [a["status"] for a in accepted["askedOfMe"] if a["id"] == action_id]
        self.assertEqual(statuses, ["active"], f"after accepting, Bob's askedOfMe: {accepted}")

        # Bob's feed: an absolute URL on the public (here: the harness) address.
        feed = self.ok(201, "POST", "/api/v1/calendar-feed", {}, bob)
        url = feed["url"]
        self.assertTrue(url.startswith(self.server.url("/calendar/")) and url.endswith(".ics"),
                        f"feed URL {url!r} should be {self.server.url('/calendar/')}<token>.ics")

        status, headers, body = fetch(url)
        self.assertEqual(status, 200, f"GET {url} answered {status}: {body[:500]!r}")
        content_type = headers.get("Content-Type", "")
        self.assertTrue(content_type.startswith("text/calendar"),
                        f"Content-Type is {content_type!r}, not text/calendar")
        self.assertTrue(body.startswith("BEGIN:VCALENDAR\r\n"),
                        f"the feed should start with BEGIN:VCALENDAR and CRLF: {body[:200]!r}")
        self.assertIn("END:VCALENDAR", body)
        bare = re.search(r"(?<!\r)\n", body)
        if bare:
            self.fail(f"lines must end with CRLF; bare LF at offset {bare.start()}, near "
                      f"{body[max(0, bare.start() - 60):bare.start() + 20]!r}")
        self.assertTrue(body.endswith("\r\n"), f"the last line must end with CRLF: {body[-40:]!r}")
        events = vevents(body)
        lunch = [e for e in events if any(ACTION_WHAT in s for s in summaries(e))]
        self.assertTrue(lunch, f"no VEVENT with SUMMARY containing {ACTION_WHAT!r} among "
                        f"{len(events)} events; feed starts {body[:1500]!r}")
        for secret in secrets:
            self.assertNotIn(secret, body,
                             f"the calendar feed contains private hurt text {secret!r}")

        # Discreet mode: a third-party parser finds only "Reminder", and none of the action's words.
        self.ok(200, "PUT", "/api/v1/me/phone-privacy", {"look": "lists"}, bob)
        status, _, quiet = fetch(url)
        self.assertEqual(status, 200)
        parsed = icalendar.Calendar.from_ical(quiet)
        parsed_events = list(parsed.walk("VEVENT"))
        self.assertEqual(len(parsed_events), len(events), "the same events, at the same address")
        self.assertEqual({str(e.get("SUMMARY")) for e in parsed_events}, {"Reminder"})
        for component in parsed.walk():
            for name, value in component.property_items():
                for word in ("Call me", "lunch", "Trellis", "journal", *secrets):
                    self.assertNotIn(word.lower(), str(value).lower(),
                                     f"{component.name} {name} says {value!r} in discreet mode")
        self.ok(200, "PUT", "/api/v1/me/phone-privacy", {"look": ""}, bob)
        self.assertIn(ACTION_WHAT, fetch(url)[2], "off again, the titles come back")

        # Revoking the feed: the same URL is gone.
        status, answer = call(self.server, "DELETE", "/api/v1/calendar-feed", token=bob)
        self.assertEqual(status, 204, f"DELETE /api/v1/calendar-feed answered {status}: {answer}")
        status, _, body = fetch(url)
        self.assertEqual(status, 404, f"a revoked feed URL answered {status}: {body[:300]!r}")


if __name__ == "__main__":
    unittest.main()
