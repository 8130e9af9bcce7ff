using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Events.Door;

/// <summary>An event's registrations and waitlist: the list, cancelling with promotion, a seat given out of turn, registering on someone's behalf, head counts.</summary>
[Collection(EventPagesCollection.Name)]
public sealed class RegistrationsPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_registrations_page_shows_the_seats_and_the_numbered_waitlist_with_no_axe_violations_in_Danish_and_English_on_a_phone_and_a_desktop()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Familieværksted om søvn", capacity: 2);
        await data.RegisterAsync(workshop, "Anna Holm");
        await data.RegisterAsync(workshop, "Bo Nielsen", TargetGroup.Professionals);
        await data.RegisterAsync(workshop, "Carl Berg");
        await data.HeadCountAsync(workshop, TargetGroup.Children, 12);
        var session = await data.SessionAsync(PlatformRole.MunicipalityMember);

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(data.Page(workshop, "registrations"), width, language, session);
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                    .ToHaveTextAsync(language == "da" ? "Tilmeldinger: Familieværksted om søvn" : "Registrations: Familieværksted om søvn");
                var waitlist = page.GetByRole(AriaRole.Region, new() { Name = language == "da" ? "Venteliste" : "Waitlist" });
                Assert.Equal(
                    language == "da" ? ["1", "Carl Berg", "Forældre og familier"] : ["1", "Carl Berg", "Parents and families"],
                    (await waitlist.GetByRole(AriaRole.Row).Nth(1).Locator("th, td").AllInnerTextsAsync()).Take(3));
                await Assertions.Expect(waitlist.GetByRole(AriaRole.Row).Nth(2))
                    .ToContainTextAsync(language == "da" ? "12 uden navn (Børn)" : "12 without names (Children)");
                await Assertions.Expect(page.Locator(".door-seats div").Filter(new() { HasText = language == "da" ? "Pladser tilbage" : "Seats left" }).Locator("dd")).ToHaveTextAsync("0");
                if (language == "da" && width == 390)
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("event-registrations-phone.png"), FullPage = true });
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Cancelling_a_registration_after_its_confirmation_gives_the_seat_to_the_first_on_the_waitlist_and_says_so()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Dialogmøde i Strandparken", capacity: 1);
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        var carl = await data.RegisterAsync(workshop, "Carl Berg");
        var dorte = await data.RegisterAsync(workshop, "Dorte Lund");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "registrations"), 390, "da", await data.SessionAsync(PlatformRole.MunicipalityCoordinator));

        await page.GetByRole(AriaRole.Link, new() { Name = "Afmeld Anna Holm" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Region, new() { Name = "Afmeld Anna Holm?" });
        await Assertions.Expect(confirm).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        // Nothing is cancelled until the person confirms.
        Assert.Equal(RegistrationStatus.Registered, (await data.RegistrationAsync(workshop, anna.Id)).Status);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, afmeld" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Anna Holm er afmeldt. Rykket op fra ventelisten: Carl Berg.");
        Assert.Equal(RegistrationStatus.Cancelled, (await data.RegistrationAsync(workshop, anna.Id)).Status);
        Assert.Equal(RegistrationStatus.Registered, (await data.RegistrationAsync(workshop, carl.Id)).Status);
        var stillWaiting = await data.RegistrationAsync(workshop, dorte.Id);
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (stillWaiting.Status, stillWaiting.WaitlistPosition));
        var waitlist = page.GetByRole(AriaRole.Region, new() { Name = "Venteliste" });
        await Assertions.Expect(waitlist.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(waitlist.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Dorte Lund");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_gives_the_second_on_the_waitlist_a_seat_now_above_capacity_and_the_first_stays_first()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Forældremøde med tolk", capacity: 1);
        await data.RegisterAsync(workshop, "Anna Holm");
        var carl = await data.RegisterAsync(workshop, "Carl Berg");
        var dorte = await data.RegisterAsync(workshop, "Dorte Lund");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "registrations"), 390, "da", await data.SessionAsync(PlatformRole.MunicipalityCoordinator));

        await page.GetByRole(AriaRole.Link, new() { Name = "Giv en plads nu Dorte Lund" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Region, new() { Name = "Giv Dorte Lund en plads nu?" });
        await Assertions.Expect(confirm).ToBeFocusedAsync();
        await page.AssertNoAxeViolationsAsync();
        // Nothing changes until the person confirms.
        Assert.Equal(RegistrationStatus.Waitlisted, (await data.RegistrationAsync(workshop, dorte.Id)).Status);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Ja, giv en plads nu" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dorte Lund har fået en plads.");
        var seats = page.GetByRole(AriaRole.Region, new() { Name = "Tilmeldte" });
        await Assertions.Expect(seats.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Anna Holm", "Dorte Lund"]);
        var waitlist = page.GetByRole(AriaRole.Region, new() { Name = "Venteliste" });
        await Assertions.Expect(waitlist.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        Assert.Equal(["1", "Carl Berg"], (await waitlist.GetByRole(AriaRole.Row).Nth(1).Locator("th, td").AllInnerTextsAsync()).Take(2));
        await Assertions.Expect(page.Locator(".door-seats div").Filter(new() { HasText = "Pladser taget" }).Locator("dd")).ToHaveTextAsync("2 af 1 (over kapaciteten)");
        await Assertions.Expect(page.Locator(".door-seats div").Filter(new() { HasText = "Pladser tilbage" }).Locator("dd")).ToHaveTextAsync("0");
        var stillWaiting = await data.RegistrationAsync(workshop, carl.Id);
        Assert.Equal((RegistrationStatus.Waitlisted, 1), (stillWaiting.Status, stillWaiting.WaitlistPosition));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Navn skal udfyldes", "E-mail skal være en e-mailadresse, fx navn@kommune.dk", "Den e-mailadresse er allerede tilmeldt arrangementet", "Antal personer skal være et tal fra 1 til 500")]
    [InlineData("en", "Name is required", "E-mail must be an e-mail address, for example name@municipality.dk", "That e-mail address is already registered for the event", "Number of people must be a number from 1 to 500")]
    public async Task Registering_on_someones_behalf_names_each_problem_in_the_persons_language_keeps_what_was_typed_and_then_registers(
        string language, string nameRequired, string badEmail, string taken, string badCount)
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Temadag om skærmvaner");
        await data.RegisterAsync(workshop, "Anna Holm");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "registrations"), 390, language, await data.SessionAsync(PlatformRole.MunicipalityMember));

        await page.Locator("#register-email").FillAsync("ikke en adresse");
        await page.Locator("#register-organisation").FillAsync("Strandparkens Skole");
        await page.Locator("#register-group").SelectOptionAsync(nameof(TargetGroup.Professionals));
        await page.Locator("form[aria-labelledby=register-heading] button[type=submit]").ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToBeFocusedAsync();
        Assert.Equal([nameRequired, badEmail], await errors.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("#register-email")).ToHaveValueAsync("ikke en adresse");
        await Assertions.Expect(page.Locator("#register-organisation")).ToHaveValueAsync("Strandparkens Skole");
        await Assertions.Expect(page.Locator("#register-group")).ToHaveValueAsync(nameof(TargetGroup.Professionals));
        await page.AssertNoAxeViolationsAsync();

        await page.Locator("#register-name").FillAsync("Anna Holm");
        await page.Locator("#register-email").FillAsync("anna.holm@example.dk");
        await page.Locator("form[aria-labelledby=register-heading] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#register-email-error")).ToHaveTextAsync(taken);

        await page.Locator("#register-email").FillAsync("anna@skolen.dk");
        await page.Locator("form[aria-labelledby=register-heading] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(language == "da" ? "Anna Holm er tilmeldt." : "Anna Holm is registered.");

        await page.Locator("#count-group").SelectOptionAsync(nameof(TargetGroup.Children));
        await page.Locator("#count-number").FillAsync("0");
        await page.Locator("form[aria-labelledby=headcount-heading] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#count-number-error")).ToHaveTextAsync(badCount);
        await Assertions.Expect(page.Locator("#count-group")).ToHaveValueAsync(nameof(TargetGroup.Children));
        await page.Locator("#count-number").FillAsync("24");
        await page.Locator("form[aria-labelledby=headcount-heading] button[type=submit]").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(language == "da" ? "24 uden navn (Børn)" : "24 without names (Children)");

        var registrations = await data.RegistrationsAsync(workshop);
        Assert.Contains(registrations, r => r.Participant?.Email == "anna@skolen.dk" && r.Participant.Organisation == "Strandparkens Skole" && r.Group == TargetGroup.Professionals);
        Assert.Contains(registrations, r => r.Participant is null && r.HeadCount == 24 && r.Group == TargetGroup.Children);
        Assert.Equal(3, registrations.Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_the_registrations_without_forms_and_a_crafted_cancellation_or_promotion_is_refused_and_changes_nothing()
    {
        var data = await DoorPagesData.StartAsync(platform, platform.MunicipalityCodes.Take());
        var workshop = await data.CreateEventAsync("Netværksmøde", capacity: 1);
        var anna = await data.RegisterAsync(workshop, "Anna Holm");
        var bo = await data.RegisterAsync(workshop, "Bo Nielsen");
        var page = await browser.OpenAccessibleAsync(data.Page(workshop, "registrations"), 1280, "da", await data.SessionAsync(PlatformRole.Viewer));

        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Anna Holm" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Bo Nielsen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Afmeld Anna Holm" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Giv en plads nu Bo Nielsen" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);

        var cancellation = await page.PostAsync("cancel", new Dictionary<string, string> { ["registration"] = anna.Id });
        var promotion = await page.PostAsync("promote", new Dictionary<string, string> { ["registration"] = bo.Id });
        Assert.Equal((403, 403), (cancellation.Status, promotion.Status));
        Assert.Equal(RegistrationStatus.Registered, (await data.RegistrationAsync(workshop, anna.Id)).Status);
        Assert.Equal(RegistrationStatus.Waitlisted, (await data.RegistrationAsync(workshop, bo.Id)).Status);
        await page.Context.CloseAsync();
    }
}
