"""Core fears between two phones: each writes privately, the partner learns only "ready", and
both open at once when both are ready; then one line back."""

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, texts


def open_fears(driver, server, area):
    driver.get(server.url("/fears"))
    click_and_wait(driver, f"#fear-areas li.area-row[data-area-name='{area}'] a")


def write_fear(driver, what, why):
    """On an area with none of one's own fears yet, where the form stands open."""
    find(driver, "textarea[name='what']").send_keys(what)
    find(driver, "textarea[name='why']").send_keys(why)
    click_and_wait(driver, "#write-fear")


class FearsTest(E2ETestCase):

    def test_fears_open_together_and_only_together(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        # Sam writes a fear about money, kept private, and says "when Alex shares theirs".
        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-fears")
        open_fears(sam, self.server, "Money")
        write_fear(sam, "That money is hidden from me", "My father hid his debts")
        self.assertIn("Kept for you alone", find(sam, "#confirmation").text)
        assert_fits_phone(sam)
        click_and_wait(sam, "#reveal-together")
        self.assertIn("sees only that you are ready", find(sam, "#confirmation").text)

        # Alex sees that Sam is ready, and not one word of it.
        open_fears(alex, self.server, "Money")
        self.assertIn("Sam is ready", find(alex, "#partner-ready").text)
        self.assertNotIn("hidden", find(alex, "body").text)
        self.assertEqual(texts(alex, "ul.partners li.fear"), [])

        write_fear(alex, "That I am watched", "My last partner read my phone")
        click_and_wait(alex, "#reveal-together")
        self.assertIn("open now", find(alex, "#confirmation").text)
        told = texts(alex, "ul.partners li.fear")
        self.assertTrue(any("That money is hidden from me" in t for t in told), told)

        # One line back from Alex; Sam reads Alex's fear and the line.
        find(alex, "ul.partners input[name='line']").send_keys("Thank you for telling me.")
        click_and_wait(alex, "ul.partners .answer-fear")
        open_fears(sam, self.server, "Money")
        sam_told = texts(sam, "ul.partners li.fear")
        self.assertTrue(any("That I am watched" in t for t in sam_told), sam_told)
        self.assertIn("Thank you for telling me.", find(sam, "ul.mine").text)
        assert_fits_phone(sam)
