using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.People;

/// <summary>Invitations and new sign-in links by e-mail, through a real SMTP server on loopback.</summary>
[Collection(OrganisationCollection.Name)]
public sealed partial class EmailedLinkTests(OrganisationPlatform organisation, BrowserFixture browser)
{
    private const string AnswerDa = "Hvis adressen hører til en person på platformen, har vi sendt et link til den. Tjek din indbakke.";

    private readonly TestPlatform platform = organisation.Platform;

    [Fact]
    public async Task An_invitation_is_e_mailed_in_danish_then_english_with_the_link_the_inviter_gets()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var email = $"person.{Guid.NewGuid():N}@testkommune.dk";

        var invited = await Invitations.InvitePersonAsync(platform, email, "Mette Hansen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var mail = await organisation.Mail.WaitForAsync(email, "Du er inviteret");

        Assert.Equal("Du er inviteret til Partnerskabsplatformen / You are invited to the Partnership Platform", mail.Subject);
        Assert.Equal("noreply@platform.test", mail.From.Mailboxes.Single().Address);
        var body = mail.TextBody ?? "";
        Assert.Equal([invited.SignInLink, invited.SignInLink], Links().Matches(body).Select(match => match.Value));
        Assert.True(body.IndexOf("Linket kan bruges én gang og virker i 72 timer.", StringComparison.Ordinal)
            < body.IndexOf("The link works once, for 72 hours.", StringComparison.Ordinal), "Danish first, then English");
    }

    [Fact]
    public async Task A_person_who_knows_their_address_gets_a_new_link_by_e_mail_that_brings_them_back_to_the_page_they_asked_for()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var email = $"person.{Guid.NewGuid():N}@testkommune.dk";
        var unknown = $"nobody.{Guid.NewGuid():N}@testkommune.dk";
        await Invitations.InvitePersonAsync(platform, email, "Ole Jensen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var notes = $"/m/sample/{code}/notes";
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, notes), 390, "da");

        // The same answer for an address nobody has ...
        await page.GetByLabel("Din e-mailadresse").FillAsync(unknown);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send mig et link" }).ClickAsync();
        Assert.Equal(AnswerDa, await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "indbakke" }).TextContentAsync());
        // ... as for a person's, whose link arrives.
        await page.GetByLabel("Din e-mailadresse").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send mig et link" }).ClickAsync();
        Assert.Equal(AnswerDa, await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "indbakke" }).TextContentAsync());
        var mail = await organisation.Mail.WaitForAsync(email, "Dit link");
        Assert.Empty(organisation.Mail.To(unknown));

        await page.GotoAsync(Links().Match(mail.TextBody ?? "").Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.WaitForURLAsync(new Uri(platform.WebAddress, notes).ToString());

        Assert.Equal("Noter – " + MunicipalityCodes.NameOf(code), await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("da", "Din e-mailadresse", "Send mig et link", "Skriv din e-mailadresse, for eksempel mette@ishoj.dk.")]
    [InlineData("en", "Your e-mail address", "Send me a link", "Enter your e-mail address, for example mette@ishoj.dk.")]
    public async Task Asking_for_a_link_without_an_address_names_the_field_keeps_what_was_typed_and_has_no_accessibility_violations(
        string language, string label, string button, string message)
    {
        var page = await browser.OpenAccessibleAsync(platform.WebAddress, 390, language);
        await page.GetByLabel(label).FillAsync("mette på rådhuset");

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync(), response => response.Request.Method == "POST");

        Assert.Equal(400, answer.Status);
        Assert.Equal(message, await page.Locator("#link-email-error").TextContentAsync());
        Assert.Equal("mette på rådhuset", await page.GetByLabel(label).InputValueAsync());
        Assert.Equal("true", await page.GetByLabel(label).GetAttributeAsync("aria-invalid"));
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"link-request-invalid-{language}.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_fourth_request_for_the_same_address_within_a_minute_is_refused_and_says_to_wait()
    {
        var email = $"nobody.{Guid.NewGuid():N}@testkommune.dk";
        var page = await browser.OpenAsync(platform.WebAddress, 1280, "da");
        var statuses = new List<int>();
        for (var request = 0; request < 4; request++)
        {
            await page.GetByLabel("Din e-mailadresse").FillAsync(email);
            var answer = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Send mig et link" }).ClickAsync(), response => response.Request.Method == "POST");
            statuses.Add(answer.Status);
        }

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal("Der er bedt om mange links på kort tid. Vent et minut, og prøv igen.", await page.Locator("#link-email-error").TextContentAsync());
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"http://\S+/sign-in/\S+")]
    private static partial Regex Links();
}
