"""When trust feels out of reach, on a phone: an urge to check noted in a few taps and its
pattern, a private check-in on the four signs, then one shared; the partner sees only what was
shared."""

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, texts


class OutOfReachTest(E2ETestCase):

    def test_an_urge_and_check_ins_stay_private_until_shared(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-urges")
        find(sam, "input[name='kind'][value='socialMedia']").click()
        find(sam, "input[name='outcome'][value='resisted']").click()
        find(sam, "input[name='helped'][value='I went for a walk']").click()
        click_and_wait(sam, "#note-urge")
        self.assertIn("Noted, for you alone", find(sam, "#confirmation").text)
        self.assertIn("In the last seven days: 1 urge, 1 resisted.", find(sam, "#urge-summary").text)
        self.assertEqual(texts(sam, "#helped-most li"), ["I went for a walk (once)"])
        assert_fits_phone(sam)

        click_and_wait(sam, "a[href='/home']")
        click_and_wait(sam, "#nav-signs")
        for sign, level in (("scan", 3), ("body", 1), ("traps", 2), ("shame", 4)):
            find(sam, f"input[name='{sign}'][value='{level}']").click()
        click_and_wait(sam, "#check-in")
        self.assertIn("Kept for you alone", find(sam, "#confirmation").text)
        self.assertIn("Last time: often.", find(sam, "#over-time").text)
        assert_fits_phone(sam)

        alex.get(self.server.url("/signs"))
        self.assertFalse(alex.find_elements("css selector", "#partners-check-ins"))
        alex.get(self.server.url("/urges"))
        self.assertIn("Nothing noted yet", find(alex, "#recent-urges").text)

        click_and_wait(sam, ".share-check-in")
        self.assertIn("Share this with Alex?", find(sam, "h1").text)
        self.assertIn("Alex can read it from now on", find(sam, "main").text)
        click_and_wait(sam, "#confirm-share")
        self.assertIn("Shared with Alex", find(sam, "#confirmation").text)
        alex.get(self.server.url("/signs"))
        self.assertIn("Good moments feel like a trap: sometimes", find(alex, "#partners-check-ins").text)
        assert_fits_phone(alex)
