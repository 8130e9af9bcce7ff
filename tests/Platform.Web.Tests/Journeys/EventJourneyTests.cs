using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Events.Door;
using Platform.Web.Tests.Events.EventPages;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Journeys;

/// <summary>
/// An event from start to door, in Danish on a phone: a coordinator invited by link creates it from the municipality's
/// menu, prints its poster, a parent signs up on the public page from the address the event page shows (in a browser
/// of their own, not signed in), and the coordinator checks the parent in at the door. axe-core on every page visited.
/// </summary>
[Collection(EventPagesCollection.Name)]
public sealed partial class EventJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private const int Phone = 390;
    private const string Title = "Familieworkshop om madpakker";
    private const string Venue = "Strandskolens kantine";
    private const string Parent = "Sofie Lund";

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_creates_an_event_prints_its_poster_a_parent_signs_up_on_the_public_page_and_is_checked_in_on_a_phone()
    {
        var code = platform.MunicipalityCodes.Take();
        var events = new EventPagesData(platform, code, await Scenario.PartnershipWithMembersAsync(platform, code));
        var door = new DoorPagesData(platform, code);
        var name = MunicipalityCodes.NameOf(code);
        var day = EventPagesData.DayAhead();
        var when = day.ToString("dddd d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")) + ", 16.00–18.00";

        // The coordinator signs in from the link, and finds the events in the municipality's menu.
        var page = await Journey.SignInFromInvitationAsync(browser, platform, "Lone Kjær", RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code), Phone);
        await SeenAsync(page);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Journey.OpenMenuAsync(page, name, "Arrangementer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Arrangementer – {name}");
        await SeenAsync(page);

        // A new event: the form filled as a person does, by its labels, in Copenhagen time.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nyt arrangement" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nyt arrangement");
        await SeenAsync(page);
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Workshop" });
        await page.GetByLabel("Titel").FillAsync(Title);
        await page.GetByLabel("Dato", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Starttidspunkt").FillAsync("16:00");
        await page.GetByLabel("Sluttidspunkt").FillAsync("18:00");
        await page.GetByLabel("Adresse eller lokale").FillAsync(Venue);
        await page.GetByLabel("Antal pladser").FillAsync("25");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Forældre og familier" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj et punkt til dagsordenen" }).ClickAsync();
        await page.GetByLabel("Punkt 1: tidspunkt").FillAsync("16.00");
        await page.GetByLabel("Punkt 1: overskrift").FillAsync("Vi smører madpakker sammen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        // The event's page: what was typed, saved as typed.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        var saved = Assert.Single(await events.AllAsync());
        await Assertions.Expect(page).ToHaveURLAsync(events.Page("events/" + saved.Id).ToString());
        Assert.Equal(
            (EventType.Workshop, EventPagesData.At(day, 16), EventPagesData.At(day, 18), Venue, 25, "Vi smører madpakker sammen"),
            (saved.Fields.Type, saved.Fields.Start, saved.Fields.End, saved.Fields.Venue, saved.Fields.Capacity, saved.Fields.Agenda.Single().Title));
        Assert.Equal([TargetGroup.ParentsAndFamilies], saved.Fields.TargetGroups);
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync(when);
        await SeenAsync(page);
        var signUp = await page.GetByLabel("Adresse til offentlig tilmelding").InputValueAsync();
        Assert.StartsWith(new Uri(platform.WebAddress, $"/events/signup/{code}/{saved.Id}?token=").ToString(), signUp, StringComparison.Ordinal);

        // The poster: title, time, place, the QR code as SVG and the same sign-up address, and printed without the site's header.
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Plakat til udskrift" }).ClickAsync();
        var poster = page.GetByRole(AriaRole.Article);
        await Assertions.Expect(poster.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Assertions.Expect(poster.Locator(".poster-when")).ToHaveTextAsync(when);
        await Assertions.Expect(poster.Locator(".poster-place")).ToHaveTextAsync(Venue);
        var qr = poster.GetByRole(AriaRole.Img, new() { Name = $"QR-kode til tilmelding til {Title}" });
        Assert.Equal("svg", await qr.EvaluateAsync<string>("element => element.localName"));
        Assert.Contains("<path", await qr.InnerHTMLAsync(), StringComparison.Ordinal);
        await Assertions.Expect(poster.Locator(".poster-link")).ToHaveTextAsync(signUp);
        await SeenAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til arrangementet" })).ToBeHiddenAsync();
        await Assertions.Expect(qr).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The parent, on a phone of their own and not signed in, opens the address and signs up.
        var parent = await browser.OpenAccessibleAsync(new Uri(signUp), Phone, "da");
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync(Venue);
        await parent.GetByLabel("Navn").FillAsync(Parent);
        await parent.GetByLabel("E-mail").FillAsync("sofie.lund@example.dk");
        await parent.GetByLabel("Organisation (valgfri)").FillAsync("Strandskolens forældreråd");
        await parent.GetByRole(AriaRole.Group, new() { Name = "Jeg deltager som" }).GetByLabel("Forælder eller familie").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tak – tjek din e-mail");
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync($"Vi har sendt en e-mail om \"{Title}\"");
        await SeenAsync(parent);
        await parent.KeepScreenshotAsync("journey-event-sign-up-da-390");
        await parent.Context.CloseAsync();

        // Back on the coordinator's phone: the check-in page from the event's page, the parent found by name, one tap.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til arrangementet" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Tjek deltagere ind ved døren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Title);
        await SeenAsync(page);
        await page.GetByLabel("Søg efter navn").FillAsync("sofie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".door-name")).ToHaveTextAsync(new[] { Parent });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Tjek ind {Parent}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(CheckedInPattern());
        await Assertions.Expect(page.Locator(".door-checked")).ToHaveTextAsync("✓ Tjekket ind");
        await SeenAsync(page);

        // A reload of the answer sends nothing again: the parent is checked in once, as the events service has it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".door-checked")).ToHaveTextAsync("✓ Tjekket ind");
        var registration = Assert.Single(await door.RegistrationsAsync(saved));
        Assert.Equal(
            (Parent, "sofie.lund@example.dk", "Strandskolens forældreråd", TargetGroup.ParentsAndFamilies, RegistrationStatus.Registered, 1),
            (registration.Participant.Name, registration.Participant.Email, registration.Participant.Organisation, registration.Group, registration.Status, registration.Attended));
        Assert.Equal(1, (await door.AttendanceAsync(saved)).Attended);
        await page.KeepScreenshotAsync("journey-event-check-in-da-390");
        await page.Context.CloseAsync();
    }

    /// <summary>What every page of the journey passes: axe-core, and no sideways scrolling on the phone.</summary>
    private static async Task SeenAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(Phone);
    }

    /// <summary>"Sofie Lund er tjekket ind kl. 16.05.", with the time the check-in was made.</summary>
    [GeneratedRegex(@"^Sofie Lund er tjekket ind kl\. \d\d\.\d\d\.$")]
    private static partial Regex CheckedInPattern();
}
