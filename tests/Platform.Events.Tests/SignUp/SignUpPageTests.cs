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
        Assert.Contains("1 ledig plads", await first.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await first.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();
        Assert.Equal("Tak – tjek din e-mail", await first.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.True(await first.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit a phone without sideways scrolling");

        var second = await browser.PhoneAsync();
        await second.GotoAsync(Url(link));
        Assert.Contains("Fuldt – du kan komme på venteliste", await second.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("Arrangementet er fuldt", await second.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await second.GetByLabel("Navn").FillAsync("Tobias Berg");
        await second.GetByLabel("E-mail").FillAsync("tobias@example.dk");
        await second.GetByRole(AriaRole.Group, new() { Name = "Jeg deltager som" }).GetByLabel("Fagperson").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();

        // The page answers a waitlisted sign-up as it answered the seated one; the e-mail tells the difference.
        Assert.Equal("Tak – tjek din e-mail", await second.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(await first.GetByRole(AriaRole.Status).TextContentAsync(), await second.GetByRole(AriaRole.Status).TextContentAsync());
        // First on the waitlist: a published count of one is a band, so the e-mail names no number.
        var waiting = await MailToAsync("tobias@example.dk", "Din tilmelding: Forældrecafé om trivsel");
        Assert.Contains("blandt de første", waiting.TextBody, StringComparison.Ordinal);
        var registrations = (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = cafe.Id }, platform.AsAdmin())).Registrations;
        Assert.Equal(
            [("Sara Sørensen", "sara@example.dk", "Skolebestyrelsen", TargetGroup.ParentsAndFamilies, RegistrationStatus.Registered),
             ("Tobias Berg", "tobias@example.dk", "", TargetGroup.Professionals, RegistrationStatus.Waitlisted)],
            registrations.Select(r => (r.Participant.Name, r.Participant.Email, r.Participant.Organisation, r.Group, r.Status)));
    }

    [Fact]
    public async Task Errors_stand_beside_their_fields_in_english_the_first_wrong_field_gets_focus_and_a_registered_e_mail_gets_the_same_answer_as_a_new_one()
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

        // The address is registered already: the page says what it says to anyone, and the address's owner gets an e-mail.
        Assert.Equal("Thank you – check your e-mail", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var mail = await MailToAsync("ULLA@example.dk", "Your sign-up: Workshop om fritid");
        Assert.Contains("Hello Ulla", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("You have a seat at \"Workshop om fritid\"", mail.TextBody, StringComparison.Ordinal);
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

    [Fact]
    public async Task A_parent_signs_up_gets_the_event_by_e_mail_signs_up_again_and_cancels_from_the_link_which_gives_the_seat_to_the_waitlist()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var fields = EventFactory.Fields("Forældremøde om søvn", new DateTimeOffset(2027, 1, 14, 15, 0, 0, TimeSpan.Zero), capacity: 1);
        fields.Description = "Vi taler om søvn og skærm.\n\nKaffe og kage.";
        fields.Agenda.Add(new AgendaItem { Time = "16.00", Title = "Velkomst" });
        fields.Agenda.Add(new AgendaItem { Time = "16.15", Title = "Oplæg om søvn", Description = "Ved sundhedsplejersken" });
        var meeting = await EventFactory.CreateAsync(platform, code, fields);
        var link = Url(await SignUpLinkAsync(code, meeting));
        var (parent, waiting) = ($"mette.{code}@example.dk", $"jonas.{code}@example.dk");

        var page = await browser.PhoneAsync();
        await page.GotoAsync(link);
        var main = await page.Locator("main").TextContentAsync();
        Assert.Contains("torsdag 14. januar 2027 kl. 16.00–18.00", main, StringComparison.Ordinal);
        Assert.Contains("Kaffe og kage.", main, StringComparison.Ordinal);
        Assert.Equal(["16.00 Velkomst", "16.15 Oplæg om søvnVed sundhedsplejersken"], await page.Locator(".agenda li").AllTextContentsAsync());
        await page.KeepScreenshotAsync("signup-page-da-360");
        var answer = await SignUpAsync(page, "Mette Holm", parent);
        var first = await MailToAsync(parent, "Din tilmelding: Forældremøde om søvn");

        Assert.Contains("Du har en plads til \"Forældremøde om søvn\"", first.TextBody, StringComparison.Ordinal);
        Assert.Contains("Tidspunkt: torsdag 14. januar 2027 kl. 16.00–18.00", first.TextBody, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await AttachmentAsync(first, "event.ics"))!;
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal("Forældremøde om søvn", invitation.Summary);
        Assert.Equal("Biblioteket", invitation.Location);
        Assert.Equal(new DateTime(2027, 1, 14, 15, 0, 0, DateTimeKind.Utc), invitation.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 1, 14, 17, 0, 0, DateTimeKind.Utc), invitation.DtEnd!.AsUtc);
        Assert.False(string.IsNullOrEmpty(invitation.Uid));
        Assert.NotNull(invitation.DtStamp);

        var other = await browser.PhoneAsync();
        await other.GotoAsync(link);
        await SignUpAsync(other, "Jonas Lind", waiting);
        Assert.Contains("på ventelisten", (await MailToAsync(waiting, "Din tilmelding: Forældremøde om søvn")).TextBody, StringComparison.Ordinal);

        // Again with the same address: the same page, a fresh e-mail with a new cancel link, no second registration.
        var again = await browser.PhoneAsync();
        await again.GotoAsync(link);
        Assert.Equal(answer, await SignUpAsync(again, "Mette Holm", parent.ToUpperInvariant()));
        var second = await MailToAsync(parent, "Din tilmelding: Forældremøde om søvn", count: 2);
        Assert.Contains("Du har en plads", second.TextBody, StringComparison.Ordinal);
        Assert.Equal(2, (await RegistrationsAsync(code, meeting)).Count);
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(SignUps.CancelLink(first))).StatusCode);

        // A mail scanner may open the link: nothing changes until the button is pressed.
        var cancel = await browser.PhoneAsync();
        await cancel.GotoAsync(SignUps.CancelLink(second));
        Assert.Equal("Afmeld din tilmelding", await cancel.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Contains("torsdag 14. januar 2027 kl. 16.00–18.00", await cancel.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Registered, (await RegistrationsAsync(code, meeting)).Single(r => r.Participant.Name == "Mette Holm").Status);
        await cancel.KeepScreenshotAsync("signup-cancel-da-360");
        await cancel.GetByRole(AriaRole.Button, new() { Name = "Afmeld" }).ClickAsync();

        Assert.Equal("Du er afmeldt", await cancel.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.StartsWith("Du har fået en plads / You have a seat: Forældremøde om søvn", (await MailToAsync(waiting, "Du har fået en plads")).Subject, StringComparison.Ordinal);
        Assert.Equal(
            [("Jonas Lind", RegistrationStatus.Registered), ("Mette Holm", RegistrationStatus.Cancelled)],
            (await RegistrationsAsync(code, meeting)).Select(r => (r.Participant.Name, r.Status)));
        using var reopened = await http.GetAsync(SignUps.CancelLink(second));
        Assert.Equal(System.Net.HttpStatusCode.Gone, reopened.StatusCode);
        Assert.Contains("Tilmeldingen er allerede afmeldt", await reopened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "da" });
        Assert.Equal(System.Net.HttpStatusCode.Gone, (await http.PostAsync(SignUps.CancelLink(second), form)).StatusCode);
    }

    [Theory]
    [InlineData("da", "Tilmeld mig", "Afmeld", "Thursday", "torsdag 14. januar 2027 kl. 16.00–18.00")]
    [InlineData("en", "Sign me up", "Cancel sign-up", "torsdag", "Thursday 14 January 2027, 16:00–18:00")]
    public async Task The_sign_up_thank_you_and_cancel_pages_have_no_axe_violations_at_320_px(string language, string submit, string confirm, string otherDay, string when)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var fields = EventFactory.Fields("Fællesspisning", new DateTimeOffset(2027, 1, 14, 15, 0, 0, TimeSpan.Zero), capacity: 20);
        fields.Agenda.Add(new AgendaItem { Time = "16.00", Title = "Mad" });
        var dinner = await EventFactory.CreateAsync(platform, code, fields);
        var address = $"lea.{language}.{code}@example.dk";
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 740 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"{Url(await SignUpLinkAsync(code, dinner))}&lang={language}");
        var main = await page.Locator("main").TextContentAsync();
        Assert.Contains(when, main, StringComparison.Ordinal);
        Assert.DoesNotContain(otherDay, main, StringComparison.Ordinal);
        await AssertFitsAsync(page);
        await page.GetByLabel(language == "da" ? "Navn" : "Name").FillAsync("Lea");
        await page.GetByLabel("E-mail").FillAsync(address);
        await page.Locator("#group-parents-and-families").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = submit }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        var mail = await MailToAsync(address, language == "da" ? "Din tilmelding: Fællesspisning" : "Your sign-up: Fællesspisning");
        Assert.Contains(when, mail.TextBody, StringComparison.Ordinal);
        await page.GotoAsync(SignUps.CancelLink(mail));
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await AssertFitsAsync(page);
        if (language == "en")
        {
            await page.KeepScreenshotAsync("signup-cancel-en-320");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task A_cancel_link_with_an_unknown_or_malformed_token_gets_a_page_saying_so_never_an_error()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "en" });

        foreach (var token in new[] { "", "short", Convert.ToBase64String(new byte[32]).TrimEnd('=').Replace('+', '-').Replace('/', '_'), new string('A', 400) })
        {
            using var shown = await http.GetAsync($"/events/signup/{code}/cancel?token={token}");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, shown.StatusCode);
            Assert.Contains("Siden findes ikke", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.PostAsync($"/events/signup/{code}/cancel?token={token}", form)).StatusCode);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/events/signup/9999/cancel?token=" + new string('A', 43))).StatusCode);
    }

    [Fact]
    public async Task A_cancel_link_of_an_event_that_has_begun_cancels_nothing_so_no_one_is_promoted_into_a_past_event()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var talk = await EventFactory.CreateAsync(platform, code, EventFactory.Fields("Foredrag om skærm", capacity: 1));
        var link = SignUps.CancelLink(await SignUps.SignUpAsync(platform, shared.Mail, code, talk, "Rikke Dahl", $"rikke.{code}@example.dk"));
        await SignUps.SignUpAsync(platform, shared.Mail, code, talk, "Sune Dahl", $"sune.{code}@example.dk");
        var fields = talk.Fields.Clone();
        fields.Start = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-5));
        await EventFactory.Client(platform).UpdateEventAsync(
            new UpdateEventRequest { MunicipalityCode = code, Id = talk.Id, ExpectedVersion = talk.Version, Fields = fields }, platform.AsAdmin());
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["lang"] = "da" });

        using var shown = await http.GetAsync(link);
        using var posted = await http.PostAsync(link, form);

        Assert.Equal((System.Net.HttpStatusCode.Gone, System.Net.HttpStatusCode.Gone), (shown.StatusCode, posted.StatusCode));
        Assert.Contains("Arrangementet er begyndt", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Waitlisted], (await RegistrationsAsync(code, talk)).Select(r => r.Status));
    }

    /// <summary>Fills in the form as a parent and sends it; returns the answer page's heading and text.</summary>
    private static async Task<(string?, string?)> SignUpAsync(IPage page, string name, string email)
    {
        await page.GetByLabel("Navn").FillAsync(name);
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Forælder eller familie").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilmeld mig" }).ClickAsync();
        return (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync(), await page.GetByRole(AriaRole.Status).TextContentAsync());
    }

    /// <summary>Axe-clean, and as wide as the window at most.</summary>
    private static async Task AssertFitsAsync(IPage page)
    {
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} must fit the window without sideways scrolling");
    }

    private Task<MimeKit.MimeMessage> MailToAsync(string address, string subject, int count = 1) => SignUps.MailToAsync(shared.Mail, address, subject, count);

    private static async Task<string> AttachmentAsync(MimeKit.MimeMessage message, string fileName)
    {
        var part = message.Attachments.OfType<MimeKit.MimePart>().Single(a => a.FileName == fileName);
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content);
        return System.Text.Encoding.UTF8.GetString(content.ToArray());
    }

    private async Task<IList<Registration>> RegistrationsAsync(string code, Event @event) =>
        (await EventFactory.Client(platform).ListRegistrationsAsync(
            new ListRegistrationsRequest { MunicipalityCode = code, EventId = @event.Id }, platform.AsAdmin())).Registrations;

    private Task<string> SignUpLinkAsync(string code, Event @event) => SignUps.PagePathAsync(platform, code, @event);

    private Grpc.Core.CallOptions Coordinator(string code) => platform.As(RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

    private string Url(string path) => new Uri(platform.WebAddress, path).ToString();
}
