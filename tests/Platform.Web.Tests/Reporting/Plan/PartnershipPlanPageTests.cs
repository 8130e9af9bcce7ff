using Microsoft.Playwright;
using Platform.Contracts.Reporting.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Reporting.Plan;

/// <summary>The whole partnership's plan and the centre's edit of its workstreams.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class PartnershipPlanPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Centre_staff_read_the_plan_as_a_table_on_a_computer_and_a_list_per_workstream_on_a_phone_in_both_languages()
    {
        var (first, second) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var id = await Scenario.PartnershipWithMembersAsync(platform, first, second);
        await PlanPages.SetStateAsync(platform, id, first, 0, WorkstreamState.Done);
        await PlanPages.SetStateAsync(platform, id, first, 2, WorkstreamState.UnderWay, "Tre foreninger er med");
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));

        foreach (var width in AccessiblePages.Widths)
        {
            foreach (var language in AccessiblePages.Languages)
            {
                var page = await browser.OpenAccessibleAsync(PlanPages.Partnership(platform, id), width, language, session);
                var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = language == "da" ? "Mobilisere relevante aktører" : "Mobilising relevant actors" });
                await Assertions.Expect(row).ToContainTextAsync(language == "da" ? "I gang" : "Under way");
                await Assertions.Expect(row).ToContainTextAsync("Tre foreninger er med");
                await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = language == "da" ? "Etablere og organisere" : "Establishing and organising" }))
                    .ToContainTextAsync(language == "da" ? "Gennemført" : "Done");
                if (language == "da" && width is 390 or 1280)
                {
                    await page.KeepScreenshotAsync(Repository.DocsImage($"plan-partnership-{width}.png"));
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Centre_staff_edit_a_workstream_see_a_bad_date_named_next_to_its_field_with_what_they_typed_kept_and_then_save()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var page = await browser.OpenAccessibleAsync(PlanPages.Partnership(platform, id), 390, "da", session);

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigér arbejdsspor" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        var workstream = page.GetByRole(AriaRole.Group, new() { Name = "Arbejdsspor 3" });
        await workstream.GetByLabel("Titel på dansk").FillAsync("Mobilisere foreninger og skoler");
        await workstream.GetByLabel("Startdato").FillAsync("2026-09-01");
        await workstream.GetByLabel("Slutdato").FillAsync("2026-03-01");
        await workstream.GetByLabel("Ansvarlig").FillAsync("Centerets konsulent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("#ws-2-end-error")).ToContainTextAsync("Slutdatoen må ikke ligge før startdatoen");
        await Assertions.Expect(page.Locator("#ws-2-end")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(workstream.GetByLabel("Titel på dansk")).ToHaveValueAsync("Mobilisere foreninger og skoler");
        await Assertions.Expect(workstream.GetByLabel("Ansvarlig")).ToHaveValueAsync("Centerets konsulent");
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync(Repository.DocsImage("plan-edit-error-390.png"));
        await workstream.GetByLabel("Slutdato").FillAsync("2026-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(PlanPages.Partnership(platform, id).ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Mobilisere foreninger og skoler" }))
            .ToContainTextAsync("1. september 2026 – 31. december 2026");
        var saved = await PlanPages.ReadAsync(platform, id);
        Assert.Equal((1, "Mobilisere foreninger og skoler", "Centerets konsulent"), (saved.Version, saved.Workstreams[2].TitleDa, saved.Workstreams[2].Responsible));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_someone_else_saved_the_workstreams_first_the_page_says_so_and_keeps_what_was_typed()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, id));
        var page = await browser.OpenAsync(PlanPages.Edit(platform, id), 1280, "da", session);
        var plan = await PlanPages.ReadAsync(platform, id);
        var theirs = new UpdateWorkstreamsRequest { PartnershipId = id, ExpectedVersion = 0 };
        theirs.Workstreams.Add(plan.Workstreams.Select(w => new Workstream { Id = w.Id, TitleDa = w.TitleDa, TitleEn = w.TitleEn, Topic = w.Topic }));
        await PlanPages.Client(platform).UpdateWorkstreamsAsync(theirs, PlanPages.Staff(platform, id));

        var workstream = page.GetByRole(AriaRole.Group, new() { Name = "Arbejdsspor 1" });
        await workstream.GetByLabel("Note").FillAsync("Styregruppen mødes hver måned");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("En anden har gemt ændringer imens")).ToBeVisibleAsync();
        await Assertions.Expect(workstream.GetByLabel("Note")).ToHaveValueAsync("Styregruppen mødes hver måned");
        await page.AssertNoAxeViolationsAsync();
        Assert.Equal("", (await PlanPages.ReadAsync(platform, id)).Workstreams[0].Note);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_partnership_viewer_reads_the_plan_without_the_edit_link_and_their_crafted_post_changes_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        var id = await Scenario.PartnershipWithMembersAsync(platform, code);
        var other = await Scenario.PartnershipWithMembersAsync(platform, platform.MunicipalityCodes.Take());
        var viewer = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.Viewer, id));
        var page = await browser.OpenAccessibleAsync(PlanPages.Partnership(platform, id), 390, "da", viewer);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Redigér arbejdsspor" })).ToHaveCountAsync(0);
        Assert.Equal(403, (await page.GotoAsync(PlanPages.Edit(platform, id).ToString()))!.Status);
        Assert.Equal(403, (await page.GotoAsync(PlanPages.Partnership(platform, other).ToString()))!.Status);
        await page.GotoAsync(PlanPages.Partnership(platform, id).ToString());
        var plan = await PlanPages.ReadAsync(platform, id);
        var answer = await page.PostAsync("workstreams", new Dictionary<string, string>
        {
            ["version"] = "0", ["rows"] = "1", ["ws-0-id"] = plan.Workstreams[0].Id, ["ws-0-da"] = "Kapret", ["ws-0-en"] = "Hijacked", ["ws-0-topic"] = "1",
        }, PlanPages.Edit(platform, id).AbsolutePath);

        Assert.Equal(403, answer.Status);
        Assert.Equal(0, (await PlanPages.ReadAsync(platform, id)).Version);
        await page.Context.CloseAsync();
    }
}
