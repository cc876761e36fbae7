"""Pairing in a real browser: Alice invites Bob by link; the link cannot be used twice."""

import unittest

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, find, is_present,
                     join_with_new_account, signup, start_couple_and_invite, texts,
                     wait_for_path)


class PairingTest(E2ETestCase):

    def assert_default_areas(self, driver, who):
        """The couple's areas, from settings (home keeps to where to begin and what happened)."""
        driver.get(self.server.url("/settings"))
        click_and_wait(driver, "#trust-areas")
        names = texts(driver, "#areas li.area .area-name")
        self.assertTrue(names, f"{who}: #areas lists no trust areas")
        self.assertIn("honesty", [n.lower() for n in names],
                      f"{who}: default areas {names} have no 'Honesty'")

    def test_invite_link_pairs_two_people_once(self):
        # Alice signs up, starts a couple and makes an invite link.
        alice = self.browser()
        signup(alice, self.server, "Alice")
        wait_for_path(alice, "/home")
        assert_fits_phone(alice)
        link = start_couple_and_invite(alice)
        self.assertTrue(link.startswith(self.server.url("/join/")),
                        f"invite link {link!r} is not under {self.server.url('/join/')}")

        # Bob opens it logged out, signs up from there and comes back to join.
        bob = self.browser()
        join_with_new_account(bob, link, "Bob")
        assert_fits_phone(bob)

        bob_members = texts(bob, "#members li")
        self.assertTrue(any("Alice" in m and "(you)" not in m for m in bob_members),
                        f"Bob's members {bob_members} should list Alice (not as you)")
        self.assertTrue(any("Bob" in m and "(you)" in m for m in bob_members),
                        f"Bob's members {bob_members} should mark Bob as (you)")
        bob.get(self.server.url("/home"))
        self.assertIn("Tell Alice which one", find(bob, "#start-here").text, "Bob is told where to begin")
        self.assert_default_areas(bob, "Bob")

        alice.get(self.server.url("/home"))
        self.assertIn("Tell Bob which one", find(alice, "#start-here").text, "Alice is told where to begin")
        alice_members = texts(alice, "#members li")
        self.assertTrue(any("Bob" in m and "(you)" not in m for m in alice_members),
                        f"Alice's members {alice_members} should list Bob")
        self.assertTrue(any("Alice" in m and "(you)" in m for m in alice_members),
                        f"Alice's members {alice_members} should mark Alice as (you)")
        self.assert_default_areas(alice, "Alice")

        # Carol tries the same link: refused with a visible error, and she stays single.
        carol = self.browser()
        signup(carol, self.server, "Carol")
        wait_for_path(carol, "/home")
        carol.get(link)
        # The refusal may come on the join page itself or after pressing join.
        if is_present(carol, "#join-couple") and not is_present(carol, ".error"):
            click_and_wait(carol, "#join-couple")
        message = find(carol, ".error").text.strip()
        self.assertTrue(message, "Carol's .error banner is empty")
        carol.get(self.server.url("/home"))
        wait_for_path(carol, "/home")
        find(carol, "#start-couple")
        self.assertFalse(is_present(carol, "#members"),
                         f"Carol should be in no couple, but sees {texts(carol, '#members li')}")


if __name__ == "__main__":
    unittest.main()
