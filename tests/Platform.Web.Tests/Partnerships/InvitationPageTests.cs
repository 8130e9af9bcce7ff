using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Partnerships;

/// <summary>
/// Consent to join from the web: the centre's staff invite a municipality that is another partnership's member, its
/// coordinator reads what the partnership will see and accepts, and only then is it a member.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InvitationPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private const string PartnershipName = "Center for Sundt Liv og Trivsel";

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Staff_invite_a_member_of_another_partnership_its_coordinator_reads_what_the_partnership_will_see_and_accepts_and_the_staff_then_see_the_member()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var name = await PartnershipPages.NameOfAsync(platform, code);
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var staff = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        var onboarding = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}/onboard?q={code}"), 1280, "da", staff);
        await onboarding.GetByRole(AriaRole.Button, new() { Name = $"Optag {name}", Exact = true }).FocusAsync();
        await onboarding.Keyboard.PressAsync("Enter");

        await Assertions.Expect(onboarding).ToHaveURLAsync(new Uri(platform.WebAddress, $"/partnerships/{id}?invited={code}").ToString());
        await Assertions.Expect(onboarding.GetByRole(AriaRole.Status))
            .ToHaveTextAsync($"Invitationen er sendt – kommunens koordinator skal acceptere den, før {name} bliver medlem.");
        await Assertions.Expect(onboarding.GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{name}: inviteret " })).ToBeVisibleAsync();
        await onboarding.AssertNoAxeViolationsAsync();
        await onboarding.ScreenshotAsync(new() { Path = Repository.DocsImage("partnership-invited.png"), FullPage = true });
        Assert.Empty(await PartnershipPages.CurrentMembersAsync(platform, id));
        await onboarding.Context.CloseAsync();

        var coordinator = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var invitations = new Uri(platform.WebAddress, $"/municipalities/{code}/invitations");
        foreach (var (language, width, accept) in new[] { ("en", 320, $"Accept the invitation from {PartnershipName}"), ("da", 390, $"Acceptér invitationen fra {PartnershipName}") })
        {
            var preview = await browser.OpenAccessibleAsync(invitations, width, language, coordinator);
            await Assertions.Expect(preview.GetByRole(AriaRole.Button, new() { Name = accept })).ToBeVisibleAsync();
            await preview.Context.CloseAsync();
        }

        var page = await browser.OpenAccessibleAsync(platform.WebAddress, 1280, "da", coordinator);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Invitationer venter på svar i {name}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(invitations.ToString());
        var invitation = page.GetByRole(AriaRole.Region, new() { Name = PartnershipName });
        await Assertions.Expect(invitation.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Det vil partnerskabets medarbejdere kunne se i kommunen");
        await Assertions.Expect(invitation.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Aktører: navn, sektor" })).ToBeVisibleAsync();
        await Assertions.Expect(invitation.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "kontaktpersoner" })).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        await page.ScreenshotAsync(new() { Path = Repository.DocsImage("municipality-invitations.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = $"Acceptér invitationen fra {PartnershipName}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Kommunen er nu medlem af {PartnershipName}.");
        await Assertions.Expect(page.GetByText("Der er ingen invitationer, der venter på svar.")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();

        var overview = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}"), 1280, "da", staff);
        await Assertions.Expect(overview.GetByRole(AriaRole.Region, new() { Name = name })).ToContainTextAsync("Medlem siden ");
        await Assertions.Expect(overview.GetByRole(AriaRole.Heading, new() { Name = "Inviterede kommuner" })).ToHaveCountAsync(0);
        Assert.Equal([code], await PartnershipPages.CurrentMembersAsync(platform, id));
        await overview.Context.CloseAsync();
    }

    [Fact]
    public async Task Another_municipalitys_coordinator_is_refused_the_invitations_page_and_a_crafted_acceptance_with_403()
    {
        var (code, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, code, other);
        var id = await Scenario.PartnershipWithMembersAsync(platform);
        var invitationId = await InviteAsync(id, code);
        await InviteAsync(id, other);
        var stranger = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, other));

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{other}/invitations"), 320, "da", stranger);
        Assert.Equal(403, (await page.GotoAsync(new Uri(platform.WebAddress, $"/municipalities/{code}/invitations").ToString()))!.Status);
        await page.GotoAsync(new Uri(platform.WebAddress, $"/municipalities/{other}/invitations").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Acceptér invitationen fra {PartnershipName}" })).ToHaveCountAsync(1);
        var crafted = await page.PostAsync("answer", new Dictionary<string, string> { ["Answer"] = $"accept {invitationId}" });

        Assert.Equal(403, crafted.Status);
        await page.Context.CloseAsync();
        Assert.Empty(await PartnershipPages.CurrentMembersAsync(platform, id));
    }

    private async Task<string> InviteAsync(string partnershipId, string code) =>
        (await new PartnershipService.PartnershipServiceClient(platform.Channel).OnboardMunicipalityAsync(
            new OnboardMunicipalityRequest { PartnershipId = partnershipId, MunicipalityCode = code },
            platform.As(RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId))))
        .Invitations.Single(invitation => invitation.MunicipalityCode == code).Id;
}
