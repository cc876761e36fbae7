"""A grant of trust between two phones: given, accepted, used, called honoured; and a gentle
word that the next one could be a step bigger."""

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, asked_on_home, assert_fits_phone, click_and_wait, find, reveal, texts


class GrantsTest(E2ETestCase):

    def test_a_small_trust_given_and_honoured(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-grants")
        Select(reveal(sam, "select[name='area']")).select_by_visible_text("Friendships")
        find(sam, "textarea[name='what']").send_keys("Dinner with your old friend, just the two of you")
        find(sam, "textarea[name='stakes']").send_keys("I fear being shut out of your past")
        click_and_wait(sam, "#offer-grant")
        self.assertIn("Given to Alex", find(sam, "#confirmation").text)
        assert_fits_phone(sam)

        alex.get(self.server.url("/home"))
        self.assertIn("Sam gave you trust in Friendships", find(alex, "#waiting .unseen").text)
        click_and_wait(alex, "#waiting a")
        self.assertIn("Dinner with your old friend", find(alex, "ul.received").text)
        click_and_wait(alex, "ul.received .accept-grant")
        alex.get(self.server.url("/home"))
        self.assertEqual(asked_on_home(alex), [])
        alex.get(self.server.url("/grants"))
        find(alex, "ul.received textarea[name='text']").send_keys("We had dinner; I texted you when I left.")
        click_and_wait(alex, "ul.received .use-grant")

        sam.get(self.server.url("/grants"))
        self.assertIn("I texted you when I left", find(sam, "ul.given").text)
        click_and_wait(sam, "ul.given .honoured-grant")
        self.assertTrue(any("step bigger (medium)" in t for t in texts(sam, "#next-steps li")))
        assert_fits_phone(sam)
