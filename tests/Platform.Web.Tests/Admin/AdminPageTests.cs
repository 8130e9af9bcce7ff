using System.Net;
using Microsoft.Playwright;
using Platform.Contracts.Core.V1;
using Platform.Identity;
using Platform.SampleModule.V1;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Admin;

/// <summary>The administration page: modules loaded and failed, failed jobs and their retry, for administrators only.</summary>
[Collection(WebCollection.Name)]
public sealed class AdminPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task An_administrator_sees_loaded_and_failed_modules_with_the_reason_and_retries_a_failed_job()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var job = await FailedJobAsync(code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.Admin);
        var address = new Uri(platform.WebAddress, "/admin");

        foreach (var (language, failedText, reason, retry) in new[]
                 {
                     ("en", "Failed to load", "The module file cannot be read. Install the module again from its build.", "Retry"),
                     ("da", "Kunne ikke indlæses", "Modulfilen kan ikke læses. Installér modulet igen fra dets build.", "Prøv igen"),
                 })
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var page = await browser.OpenAccessibleAsync(address, width, language, session);
                var modules = page.GetByRole(AriaRole.Table).First;
                await Assertions.Expect(modules.GetByRole(AriaRole.Row).Filter(new() { HasText = "(actor-mapping)" })).ToContainTextAsync(language == "da" ? "Indlæst" : "Loaded");
                var corrupt = modules.GetByRole(AriaRole.Row).Filter(new() { HasText = "(Corrupt)" });
                await Assertions.Expect(corrupt).ToContainTextAsync(failedText);
                await Assertions.Expect(corrupt).ToContainTextAsync(reason);
                // The developer's message (in English, as in the log) is there, folded away until asked for.
                await Assertions.Expect(corrupt.GetByText("Could not load 'Corrupt.dll'", new() { Exact = false })).ToBeHiddenAsync();
                await corrupt.GetByText(language == "da" ? "Teknisk besked (på engelsk)" : "Technical message").ClickAsync();
                await Assertions.Expect(corrupt.GetByText("Could not load 'Corrupt.dll'", new() { Exact = false })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"{retry} sample.fail, {MunicipalityCodes.NameOf(code)}" })).ToBeVisibleAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = language == "da" ? "Personer og deres roller" : "People and their roles" })).ToHaveAttributeAsync("href", "/people");
                if (language == "da" && width == 1280)
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("admin.png"), FullPage = true });
                    await page.GetByRole(AriaRole.Button, new() { Name = $"{retry} sample.fail, {MunicipalityCodes.NameOf(code)}" }).ClickAsync();
                    await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Jobbet er sat i kø igen.");
                    await page.AssertNoAxeViolationsAsync();
                }

                await page.Context.CloseAsync();
            }
        }

        await Poll.UntilAsync("the retried job to fail again", () => JobAsync(job.Id),
            again => again.State == JobState.Failed && again.CompletedAt.ToDateTimeOffset() > job.CompletedAt.ToDateTimeOffset(), Bound);
    }

    [Fact]
    public async Task A_coordinator_is_refused_the_admin_page_with_403_a_visitor_is_sent_to_sign_in_and_a_crafted_retry_changes_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var job = await FailedJobAsync(code);
        var coordinator = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        foreach (var language in AccessiblePages.Languages)
        {
            var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/admin"), 390, language, coordinator);
            Assert.Equal((int)HttpStatusCode.Forbidden, (await page.ReloadAsync())!.Status);
            Assert.DoesNotContain("sample.fail", await page.ContentAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        // Without a session the page is not rendered at all: the start page asks the person to sign in first.
        var anonymous = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, "/admin"), 390, "da");
        Assert.Equal(new Uri(platform.WebAddress, "/?returnUrl=%2Fadmin").ToString(), anonymous.Url);
        await anonymous.Context.CloseAsync();

        var start = await browser.OpenAsync(platform.WebAddress, 390, "da", coordinator);
        Assert.Equal(403, (await start.PostAsync("retry", new Dictionary<string, string> { ["JobId"] = job.Id }, "/admin")).Status);
        await start.Context.CloseAsync();
        var after = await JobAsync(job.Id);
        Assert.Equal((JobState.Failed, job.Attempts, job.CompletedAt), (after.State, after.Attempts, after.CompletedAt));
    }

    private async Task<Job> FailedJobAsync(string code)
    {
        var enqueued = await new NoteService.NoteServiceClient(platform.Channel).EnqueueJobAsync(
            new EnqueueJobRequest { MunicipalityCode = code, Type = "sample.fail", MaxAttempts = 1 }, platform.AsAdmin());
        return await Poll.UntilJobAsync(platform.Channel, platform.AsAdmin, enqueued.JobId, JobState.Failed, Bound);
    }

    private Task<Job> JobAsync(string id) =>
        new JobService.JobServiceClient(platform.Channel).GetJobAsync(new GetJobRequest { Id = id }, platform.AsAdmin()).ResponseAsync;
}
