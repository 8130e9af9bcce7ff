using Microsoft.Playwright;
using Platform.Contracts.Events.V1;
using Platform.Events.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Events.Tests.SignUp;

[Collection(EventsCollection.Name)]
public sealed class SignUpPageTests(EventsPlatform shared, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_person_signs_up_on_the_danish_page_on_a_phone_and_the_next_person_for_the_full_event_joins_the_waitlist()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var cafe = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Forældrecafé om trivsel", capacity: 1));
        var link = await SignUpLinkAsync(code, cafe);

        var first = await browser.PhoneAsync();
        await first.GotoAsync(Url(link));
        Assert.Equal("da", await first.GetAttributeAsync("html", "lang"));
        Assert.Equal("Forældrecafé om trivsel", await first.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await first.GetByLabel("Navn").FillAsync("Sara Sørensen");
        await first.GetByLabel("E-mail").FillAsync("sara@example.dk");
        await first.GetByLabel("Organisation (valgfri)").FillAsync("Skolebestyrelsen");
        await first.GetByRole(AriaRole.Group, new() { Name = "Jeg deltager som" }).GetByLabel("Forælder eller familie").CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();
        Assert.Equal("Du er tilmeldt", await first.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.True(await first.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit a phone without sideways scrolling");

        var second = await browser.PhoneAsync();
        await second.GotoAsync(Url(link));
        Assert.Contains("Arrangementet er fuldt", await second.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await second.GetByLabel("Navn").FillAsync("Tobias Berg");
        await second.GetByLabel("E-mail").FillAsync("tobias@example.dk");
        await second.GetByRole(AriaRole.Group, new() { Name = "Jeg deltager som" }).GetByLabel("Fagperson").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();

        Assert.Equal("Du er på ventelisten", await second.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        // First on the waitlist: a published count of one is a band, so the page names no number.
        Assert.Contains("blandt de første på ventelisten", await second.GetByRole(AriaRole.Status).TextContentAsync(), StringComparison.Ordinal);
        var registrations = (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = cafe.Id }, platform.AsAdmin())).Registrations;
        Assert.Equal(
            [("Sara Sørensen", "sara@example.dk", "Skolebestyrelsen", TargetGroup.ParentsAndFamilies, RegistrationStatus.Registered),
             ("Tobias Berg", "tobias@example.dk", "", TargetGroup.Professionals, RegistrationStatus.Waitlisted)],
            registrations.Select(r => (r.Participant.Name, r.Participant.Email, r.Participant.Organisation, r.Group, r.Status)));
    }

    [Fact]
    public async Task Errors_stand_beside_their_fields_in_english_the_first_wrong_field_gets_focus_and_a_registered_e_mail_is_refused()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var workshop = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Workshop om fritid"));
        await EventFactory.RegisterAsync(platform, code, workshop, "Ulla");
        var page = await browser.PhoneAsync();
        await page.GotoAsync(Url(await SignUpLinkAsync(code, workshop)));

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GetByLabel("E-mail").FillAsync("not an address");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign me up" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, response.Status);
        // The answer arrives before the page shows it and applies its autofocus: Expect waits for the focus to land.
        await Assertions.Expect(page.Locator(":focus")).ToHaveIdAsync("name");
        Assert.Equal("true", await page.GetByLabel("Name").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Enter your name.", await page.Locator("#name-error").TextContentAsync());
        Assert.Contains("email-error", await page.GetByLabel("E-mail").GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Enter a valid e-mail address, e.g. name@example.com.", await page.Locator("#email-error").TextContentAsync());
        Assert.Equal("not an address", await page.GetByLabel("E-mail").InputValueAsync());
        Assert.Contains("Choose how you take part.", await page.GetByRole(AriaRole.Group, new() { Name = "I take part as" }).TextContentAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Name").FillAsync("Ulla Igen");
        await page.GetByLabel("E-mail").FillAsync("ULLA@example.dk");
        await page.GetByLabel("Civil society, e.g. association").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign me up" }).ClickAsync();

        Assert.Equal("This e-mail address is already registered for the event.", await page.Locator("#email-error").TextContentAsync());
        await Assertions.Expect(page.Locator(":focus")).ToHaveIdAsync("email");
        Assert.Equal("Ulla Igen", await page.GetByLabel("Name").InputValueAsync());
        Assert.True(await page.GetByLabel("Civil society, e.g. association").IsCheckedAsync());
        var registrations = (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = workshop.Id }, platform.AsAdmin())).Registrations;
        Assert.Single(registrations);
    }

    [Fact]
    public async Task Only_the_current_token_of_the_event_s_own_municipality_opens_the_page_and_a_started_event_or_switched_off_municipality_takes_no_sign_ups()
    {
        var holder = platform.MunicipalityCodes.Take();
        var other = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, holder, other);
        var meeting = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Dialogmøde"));
        var started = await EventFactory.CreateAsync(platform, holder, EventFactory.Fields("Allerede i gang", DateTimeOffset.UtcNow.AddMinutes(-10)));
        var old = await SignUpLinkAsync(holder, meeting);
        var rotated = (await EventFactory.Client(platform).GetSignUpLinkAsync(
            new GetSignUpLinkRequest { MunicipalityCode = holder, EventId = meeting.Id, Rotate = true }, Coordinator(holder))).Path;
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(old)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(rotated)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(rotated.Replace($"/{holder}/", $"/{other}/", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await http.GetAsync(await SignUpLinkAsync(holder, started))).StatusCode);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Vera", ["email"] = "vera@example.dk", ["group"] = "children" });
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await http.PostAsync(await SignUpLinkAsync(holder, started), form)).StatusCode);
        await RpcAssert.FailsWith(Grpc.Core.StatusCode.PermissionDenied, () => EventFactory.Client(platform).GetSignUpLinkAsync(
            new GetSignUpLinkRequest { MunicipalityCode = holder, EventId = meeting.Id }, platform.As(RoleGrant.ForMunicipality(PlatformRole.Viewer, holder))).ResponseAsync);

        await new Platform.Contracts.Core.V1.MunicipalityService.MunicipalityServiceClient(platform.Channel).SetModuleEnabledAsync(
            new Platform.Contracts.Core.V1.SetModuleEnabledRequest { Code = holder, ModuleId = "events", Enabled = false }, platform.AsAdmin());
        using var switchedOff = await http.GetAsync(rotated);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, switchedOff.StatusCode);
        Assert.Contains("Kommunen har slået arrangementer fra", await switchedOff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> SignUpLinkAsync(string code, Event @event) =>
        (await EventFactory.Client(platform).GetSignUpLinkAsync(
            new GetSignUpLinkRequest { MunicipalityCode = code, EventId = @event.Id }, Coordinator(code))).Path;

    private Grpc.Core.CallOptions Coordinator(string code) => platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

    private string Url(string path) => new Uri(platform.WebAddress, path).ToString();
}
