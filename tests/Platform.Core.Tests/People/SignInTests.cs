using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.Core.Tests.Infrastructure;
using Platform.Identity;
using Platform.Testing;

namespace Platform.Core.Tests.People;

[Collection(PlatformCollection.Name)]
public sealed class SignInTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;
    private readonly PeopleCalls people = new(shared.Platform);

    [Fact]
    public async Task Opening_a_link_changes_nothing_and_its_button_signs_in_once_with_an_http_only_lax_session_whose_grants_follow_the_store()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var grant = RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code);
        var invited = await people.InviteAsync(PeopleCalls.NewEmail("mette"), grant);
        var path = new Uri(invited.SignInLink).AbsolutePath;
        using var browser = new Browser(platform.WebAddress);

        var preview = await browser.GetAsync(path);
        var previewPage = await preview.Content.ReadAsStringAsync();
        var signedIn = await browser.SubmitFormAsync(path, path);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.DoesNotContain(invited.Person.Email, previewPage, StringComparison.OrdinalIgnoreCase);
        Assert.True(preview.Headers.CacheControl?.NoStore, "The page with the link must not be cached.");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.AbsolutePath);
        var session = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("platform.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", session.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Manage", (await AreasAsync(browser, code)).Access);

        await people.Client.ChangeGrantsAsync(new ChangeGrantsRequest { Person = invited.Person.Id, Remove = { grant.ToString() } }, platform.AsAdmin());
        Assert.Equal("None", (await AreasAsync(browser, code)).Access);

        using var second = new Browser(platform.WebAddress);
        var again = await second.SubmitFormAsync(path, path);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("kun bruges én gang", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(PersonStatus.Active, (await people.Client.ListPeopleAsync(new ListPeopleRequest(), platform.AsAdmin())).People.Single(p => p.Id == invited.Person.Id).Status);
    }

    [Fact]
    public async Task An_expired_link_shows_a_page_that_says_to_ask_for_a_new_one()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var invited = await people.InviteAsync(PeopleCalls.NewEmail("ole"), RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        await using (var db = people.Database())
        {
            await db.Invitations.Where(i => i.PersonId == Guid.Parse(invited.Person.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var browser = new Browser(platform.WebAddress);
        var path = new Uri(invited.SignInLink).AbsolutePath;
        var refused = await browser.SubmitFormAsync(path, path);

        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        Assert.Contains("Bed den, der inviterede dig, om et nyt link", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("platform.session=", browser.CookieHeader(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_field_signs_no_one_in_and_leaves_the_link_usable()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var invited = await people.InviteAsync(PeopleCalls.NewEmail("karen"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var path = new Uri(invited.SignInLink).AbsolutePath;
        using var browser = new Browser(platform.WebAddress);

        var forged = await browser.PostAsync(path, []);
        var genuine = await browser.SubmitFormAsync(path, path);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_an_unknown_link_is_not_found()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var invited = await people.InviteAsync(PeopleCalls.NewEmail("jens"), RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var path = new Uri(invited.SignInLink).AbsolutePath;
        using var browser = new Browser(platform.WebAddress);
        await browser.SubmitFormAsync(path, path);
        Assert.Equal("Manage", (await AreasAsync(browser, code)).Access);

        var signedOut = await browser.SubmitFormAsync("/", "/sign-out");
        var unknown = await browser.SubmitFormAsync("/sign-in/" + new string('A', 43), "/sign-in/" + new string('A', 43));

        Assert.Equal("/signed-out", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(("anonymous", "None"), ((await AreasAsync(browser, code)).Caller, (await AreasAsync(browser, code)).Access));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    internal static async Task<AreasPage> AreasAsync(Browser browser, string code) =>
        (await (await browser.GetAsync($"/sample/areas/{code}")).Content.ReadFromJsonAsync<AreasPage>())!;

    internal sealed record AreasPage(string Caller, string Access, string[] Areas);
}
