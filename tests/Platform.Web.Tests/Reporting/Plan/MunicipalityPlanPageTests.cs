using Microsoft.Playwright;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Reporting.Plan;

/// <summary>A municipality's view of its partnership's plan: its states and its quarterly note.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class MunicipalityPlanPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_sets_a_workstream_under_way_and_writes_the_quarterly_note_from_the_menu_in_both_languages()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        foreach (var width in AccessiblePages.Widths)
        {
            foreach (var language in AccessiblePages.Languages)
            {
                var look = await browser.OpenAccessibleAsync(PlanPages.Municipality(platform, code), width, language, session);
                await look.Context.CloseAsync();
            }
        }

        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/municipalities/{code}"), 1280, "da", session);
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan og status" }).First.ClickAsync();
        var mobilising = page.GetByRole(AriaRole.Region, new() { Name = "Mobilisere relevante aktører" });
        await mobilising.GetByLabel("Status for Mobilisere relevante aktører").SelectOptionAsync(new SelectOptionValue { Label = "I gang" });
        await mobilising.GetByLabel("Note til Mobilisere relevante aktører").FillAsync("Tre foreninger er med");
        await mobilising.GetByRole(AriaRole.Button, new() { Name = "Gem status for sporet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Mobilisere relevante aktører" }).GetByLabel("Status for Mobilisere relevante aktører"))
            .ToHaveValueAsync(((int)WorkstreamState.UnderWay).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Hvad er sket i kvartalet").FillAsync("Styregruppen er nedsat, og de første dialogmøder er holdt.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem kvartalsnoten" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Hvad er sket i kvartalet")).ToHaveValueAsync("Styregruppen er nedsat, og de første dialogmøder er holdt.");
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync(Repository.DocsImage("plan-municipality-1280.png"));

        var plan = await PlanPages.ReadAsync(platform, id);
        var state = plan.Workstreams[2].States.Single();
        Assert.Equal((WorkstreamState.UnderWay, "Tre foreninger er med"), (state.State, state.Note));
        Assert.Equal("Styregruppen er nedsat, og de første dialogmøder er holdt.", plan.Notes.Single().Text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_too_long_note_is_named_next_to_its_field_and_what_was_typed_stays()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAsync(PlanPages.Municipality(platform, code), 390, "en", session);
        var organising = page.GetByRole(AriaRole.Region, new() { Name = "Establishing and organising the partnership" });
        var tooLong = new string('a', 501);

        await organising.GetByLabel("Note on Establishing and organising the partnership").FillAsync(tooLong);
        await organising.GetByRole(AriaRole.Button, new() { Name = "Save the workstream's status" }).ClickAsync();

        organising = page.GetByRole(AriaRole.Region, new() { Name = "Establishing and organising the partnership" });
        await Assertions.Expect(organising.Locator("#state-0-note-error")).ToContainTextAsync("500");
        await Assertions.Expect(organising.GetByLabel("Note on Establishing and organising the partnership")).ToHaveValueAsync(tooLong);
        await page.AssertNoAxeViolationsAsync();
        await page.AssertNoSidewaysScrollingAsync(390);
        await page.KeepScreenshotAsync(Repository.DocsImage("plan-municipality-error-390.png"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_only_reads_their_crafted_post_is_refused_and_another_municipality_s_plan_is_refused()
    {
        var (code, neighbour) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, code, neighbour);
        await PlanPages.SetStateAsync(platform, id, code, 1, WorkstreamState.UnderWay);
        var viewer = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var page = await browser.OpenAccessibleAsync(PlanPages.Municipality(platform, code), 390, "da", viewer);

        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(await page.Locator("header button, footer button").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Kortlægge eksisterende tiltag og indsatser, der kan understøttes, forstørres og forstærkes" }))
            .ToContainTextAsync("I gang");
        var coordinator = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var own = await browser.OpenAsync(PlanPages.Municipality(platform, code), 390, "da", coordinator);
        var token = await own.Locator("input[name='__antiforgery']").First.GetAttributeAsync("value");
        await own.Context.CloseAsync();
        var plan = await PlanPages.ReadAsync(platform, id);
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__antiforgery", token!);
        form.Set("_handler", "state-0");
        form.Set("state", "3");
        form.Set("version", "0");
        var answer = await page.Context.APIRequest.PostAsync(PlanPages.Municipality(platform, code).ToString(), new() { Form = form, MaxRedirects = 0 });

        Assert.True(answer.Status is 400 or 403, $"A viewer's crafted post answered {answer.Status}.");
        Assert.Equal(WorkstreamState.Planned, (await PlanPages.ReadAsync(platform, id)).Workstreams[0].States.Single(s => s.MunicipalityCode == code).State);
        Assert.Equal(403, (await page.GotoAsync(PlanPages.Municipality(platform, neighbour).ToString()))!.Status);
        Assert.DoesNotContain(plan.PartnershipName + " ", await page.ContentAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
