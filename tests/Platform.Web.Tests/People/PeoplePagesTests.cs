using System.Net;
using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using PlaywrightCookie = Microsoft.Playwright.Cookie;

namespace Platform.Web.Tests.People;

/// <summary>The people pages: list, invite, change a role, remove; the rules are PeopleManagement's, as for the gRPC service.</summary>
[Collection(WebCollection.Name)]
public sealed class PeoplePagesTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    public static TheoryData<string, int> LanguagesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var language in AccessiblePages.Languages)
        {
            data.Add(language, 390);
            data.Add(language, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task The_people_list_the_invite_form_with_its_problems_and_a_persons_page_have_no_accessibility_violations(string language, int width)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var member = await InviteAsync(code, PlatformRole.MunicipalityMember);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        var list = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/people"), width, language, session);
        await list.Context.CloseAsync();
        var person = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/people/{member.Person.Id}"), width, language, session);
        await person.Context.CloseAsync();
        var invite = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/people/invite"), width, language, session);
        await invite.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Invitér" : "Invite", Exact = true }).ClickAsync();
        await invite.Locator(".error-summary").WaitForAsync();
        await invite.AssertNoAxeViolationsAsync();
        Assert.True(await invite.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit its width");
        await invite.Context.CloseAsync();
    }

    [Fact]
    public async Task A_coordinator_invites_a_person_sees_the_link_to_copy_and_finds_them_in_the_list_with_their_role_in_words()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var municipality = MunicipalityCodes.NameOf(code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var email = $"jens.{Guid.NewGuid():N}@example.dk";
        var page = await browser.OpenAsync(platform.WebAddress, 1280, "da", session);

        await page.GetByRole(AriaRole.Link, new() { Name = "Personer" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Invitér en person" }).ClickAsync();
        await page.GetByLabel("E-mailadresse").FillAsync(email);
        await page.GetByLabel("Navn").FillAsync("Jens Kofoed");
        await page.GetByLabel("Rolle").SelectOptionAsync(new SelectOptionValue { Label = $"Medlem – {municipality}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Invitér", Exact = true }).ClickAsync();

        Assert.Equal("Invitationen er oprettet", await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Invitationen er oprettet" }).TextContentAsync());
        Assert.StartsWith(new Uri(platform.WebAddress, "/sign-in/").ToString(), await page.GetByLabel("Link til at logge ind").InputValueAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("people-invited-desktop.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til personer" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        Assert.Equal(["Jens Kofoed", email, "Inviteret", $"Medlem – {municipality}"], await row.GetByRole(AriaRole.Cell).AllTextContentsAsync());
        var main = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain("member@", main, StringComparison.Ordinal);
        Assert.DoesNotContain(code, main, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("people-list-desktop.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_invitation_without_an_address_or_a_role_names_both_fields_in_danish_keeps_the_name_and_moves_focus_to_the_summary()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, "/people/invite"), 390, "da", session);

        await page.GetByLabel("Navn").FillAsync("Birte Ø");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invitér", Exact = true }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();

        Assert.Equal(["Skriv en e-mailadresse, for eksempel mette@ishoj.dk", "Vælg en rolle"], await page.Locator(".error-summary li").AllTextContentsAsync());
        Assert.Equal("Birte Ø", await page.GetByLabel("Navn").InputValueAsync());
        Assert.Equal("true", await page.GetByLabel("E-mailadresse").GetAttributeAsync("aria-invalid"));
        await Poll.UntilAsync("focus on the error summary", () => page.EvaluateAsync<bool>("document.activeElement.classList.contains('error-summary')"), focused => focused, TimeSpan.FromSeconds(10));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(PlatformRole.Viewer)]
    [InlineData(PlatformRole.MunicipalityMember)]
    public async Task A_viewer_or_member_has_no_people_pages_and_a_crafted_invitation_is_refused_with_403_and_adds_nobody(PlatformRole role)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(role, code));
        var home = await browser.OpenAsync(platform.WebAddress, 1280, "da", session);
        Assert.Equal(0, await home.GetByRole(AriaRole.Link, new() { Name = "Personer" }).CountAsync());
        Assert.Equal(403, (await home.GotoAsync(new Uri(platform.WebAddress, "/people/invite").ToString()))!.Status);
        await home.Context.CloseAsync();
        var email = $"crafted.{Guid.NewGuid():N}@example.dk";

        var crafted = await PostAsync(session, "/people/invite", "invite", new()
        {
            ["Form.Email"] = email,
            ["Form.Grant"] = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code).ToString(),
        });

        Assert.Equal(HttpStatusCode.Forbidden, crafted);
        Assert.DoesNotContain(await PeopleOfAsync(code), person => person.Email == email);
    }

    [Fact]
    public async Task A_coordinator_of_one_municipality_neither_sees_nor_changes_nor_removes_the_people_of_another()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var theirs = await InviteAsync(other, PlatformRole.MunicipalityMember);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, "/people"), 1280, "da", session);
        Assert.DoesNotContain(theirs.Person.Email, await page.ContentAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await GetAsync(session, $"/people/{theirs.Person.Id}"));
        await page.GotoAsync(new Uri(platform.WebAddress, "/people/invite").ToString());
        Assert.Equal(
            ["Vælg en rolle", .. new[] { "Koordinator", "Læseadgang", "Medlem" }.Select(role => $"{role} – {MunicipalityCodes.NameOf(own)}")],
            await page.GetByLabel("Rolle").Locator("option").AllTextContentsAsync());
        await page.Context.CloseAsync();

        var removal = await PostAsync(session, $"/people/{theirs.Person.Id}", "remove-person", []);
        var change = await PostAsync(session, $"/people/{theirs.Person.Id}", "change-role", new()
        {
            ["Change.From"] = RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, other).ToString(),
            ["Change.To"] = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own).ToString(),
        });

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (removal, change));
        var still = Assert.Single(await PeopleOfAsync(other), person => person.Id == theirs.Person.Id);
        Assert.Equal([RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, other).ToString()], still.Grants);
    }

    [Fact]
    public async Task A_coordinator_changes_a_members_role_to_viewer_then_removes_the_person()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var municipality = MunicipalityCodes.NameOf(code);
        var member = await InviteAsync(code, PlatformRole.MunicipalityMember);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, $"/people/{member.Person.Id}"), 390, "da", session);

        await page.GetByLabel("I stedet for").SelectOptionAsync(new SelectOptionValue { Label = $"Medlem – {municipality}" });
        await page.GetByLabel("Ny rolle").SelectOptionAsync(new SelectOptionValue { Label = $"Læseadgang – {municipality}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem rollen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Fjern rollen Læseadgang – {municipality}" }).WaitForAsync();

        Assert.Equal([RoleGrant.ForMunicipality(PlatformRole.Viewer, code).ToString()], Assert.Single(await PeopleOfAsync(code), p => p.Id == member.Person.Id).Grants);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern personen" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, "/people").ToString());
        Assert.DoesNotContain(await PeopleOfAsync(code), p => p.Id == member.Person.Id);
        await page.Context.CloseAsync();
    }

    private Task<InvitePersonResponse> InviteAsync(string code, PlatformRole role) =>
        Invitations.InvitePersonAsync(platform, $"person.{Guid.NewGuid():N}@example.dk", "Kim Madsen", RoleGrant.ForMunicipality(role, code));

    private async Task<IReadOnlyList<Person>> PeopleOfAsync(string code) =>
        (await new PeopleService.PeopleServiceClient(platform.Channel).ListPeopleAsync(new ListPeopleRequest { MunicipalityCode = code }, platform.AsAdmin())).People;

    private async Task<HttpStatusCode> GetAsync(PlaywrightCookie session, string path)
    {
        using var http = SignedIn(session);
        return (await http.GetAsync(path)).StatusCode;
    }

    private HttpClient SignedIn(PlaywrightCookie session)
    {
        var cookies = new CookieContainer();
        cookies.Add(platform.WebAddress, new System.Net.Cookie(session.Name, session.Value));
        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = platform.WebAddress };
    }

    /// <summary>A form post as a crafted request would send it: the person's session, a valid antiforgery token, the page's handler.</summary>
    private async Task<HttpStatusCode> PostAsync(PlaywrightCookie session, string path, string handler, Dictionary<string, string> fields)
    {
        using var http = SignedIn(session);
        var antiforgery = PageForms.HiddenFields(await http.GetStringAsync("/"), "/sign-out");
        fields["__antiforgery"] = antiforgery["__antiforgery"];
        fields["_handler"] = handler;
        return (await http.PostAsync(path, new FormUrlEncodedContent(fields))).StatusCode;
    }
}
