using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.ActorMapping.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.ActorMapping;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Partnerships;

/// <summary>A partnership's overview: members, their periods, module switches and figures, in a real browser.</summary>
[Collection(WebCollection.Name)]
public sealed class PartnershipOverviewTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Centre_staff_see_each_member_with_its_period_switches_actors_by_stage_initiatives_surveys_and_last_report_and_a_switched_off_module_says_so()
    {
        var (busy, quiet) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, busy, quiet);
        await PartnershipPages.SwitchAsync(platform, quiet, "events", enabled: false);
        var actors = new ActorService.ActorServiceClient(platform.Channel);
        foreach (var name in new[] { "Idrætsforeningen", "Biblioteket", "Spejderne" })
        {
            await actors.CreateActorAsync(new CreateActorRequest
            {
                MunicipalityCode = busy,
                Fields = new ActorFields
                {
                    Name = name, Sector = Sector.CivilSociety, Category = "association", Themes = { "physical-activity" }, Arenas = { "sports hall" }, AgeGroups = { "6-10" },
                },
            }, platform.AsAdmin());
        }

        var moved = (await actors.ListActorsAsync(new ListActorsRequest { MunicipalityCode = busy }, platform.AsAdmin())).Actors.First();
        await actors.MoveStageAsync(new MoveStageRequest
        {
            MunicipalityCode = busy, Id = moved.Id, Stage = MobilisationStage.Contacted, Note = "Ringet op", ExpectedVersion = moved.Version,
        }, platform.AsAdmin());
        await new MappingPagesData(platform, busy).AddInitiativeAsync("Skolernes motionsdag", moved.Id, ["school"], ["physical-activity"]);
        var (busyName, quietName) = (await PartnershipPages.NameOfAsync(platform, busy), await PartnershipPages.NameOfAsync(platform, quiet));
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

        foreach (var (language, since, stages, eventsOff, others) in new[]
                 {
                     ("da", "Medlem siden " + today.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK")), "Aktører pr. stadie: 3", "Arrangementer de næste 8 uger: slået fra",
                         new[] { "Tiltag: 1", "Spørgeskemaer der indsamler svar nu: 0", "Seneste rapport: ingen endnu" }),
                     ("en", "Member since " + today.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en")), "Actors by stage: 3", "Events in the next 8 weeks: switched off",
                         new[] { "Initiatives: 1", "Surveys collecting answers now: 0", "Last report: none yet" }),
                 })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/partnerships/{id}"), width, language, session);
                Assert.Equal("Center for Sundt Liv og Trivsel", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
                var busyMember = page.GetByRole(AriaRole.Region, new() { Name = busyName });
                var quietMember = page.GetByRole(AriaRole.Region, new() { Name = quietName });
                await Assertions.Expect(busyMember).ToContainTextAsync(since);
                var chart = busyMember.GetByRole(AriaRole.Table, new() { Name = stages });
                await Assertions.Expect(chart.GetByRole(AriaRole.Row).Nth(1)).ToHaveTextAsync(new Regex(language == "da" ? "Identificeret\\s*2" : "Identified\\s*2"));
                await Assertions.Expect(chart.GetByRole(AriaRole.Row).Nth(2)).ToHaveTextAsync(new Regex(language == "da" ? "Kontaktet\\s*1" : "Contacted\\s*1"));
                await Assertions.Expect(quietMember).ToContainTextAsync(eventsOff);
                foreach (var figure in others)
                {
                    await Assertions.Expect(busyMember).ToContainTextAsync(figure);
                }

                await Assertions.Expect(quietMember.GetByRole(AriaRole.Listitem).Filter(new() { HasText = language == "da" ? "Arrangementer:" : "Events:" }))
                    .ToHaveTextAsync(language == "da" ? "Arrangementer: slået fra" : "Events: switched off");
                if (language == "da")
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage($"partnership-overview-{(width < 600 ? "phone" : "desktop")}.png"), FullPage = true });
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Staff_of_another_partnership_are_refused_the_overview_with_status_403_a_visitor_is_sent_to_sign_in_and_neither_sees_its_members()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var other = await Scenario.PartnershipWithMembersAsync(platform);
        var name = await PartnershipPages.NameOfAsync(platform, code);
        var outsider = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, other));

        var address = new Uri(platform.WebAddress, $"/partnerships/{id}");
        var page = await browser.OpenAccessibleAsync(address, 390, "da", outsider);
        Assert.Equal((int)HttpStatusCode.Forbidden, (await page.ReloadAsync())!.Status);
        Assert.DoesNotContain(name, await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        // Without a session the page is not rendered at all: the start page asks the person to sign in first.
        var anonymous = await browser.OpenAccessibleAsync(address, 390, "da");
        Assert.Equal(new Uri(platform.WebAddress, "/?returnUrl=" + Uri.EscapeDataString(address.AbsolutePath)).ToString(), anonymous.Url);
        Assert.DoesNotContain(name, await anonymous.ContentAsync(), StringComparison.Ordinal);
        await anonymous.Context.CloseAsync();
    }
}
