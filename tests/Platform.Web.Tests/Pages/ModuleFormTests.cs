using Microsoft.Playwright;
using Platform.Identity;
using Platform.SampleModule.V1;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Pages;

/// <summary>
/// The SDK's form components on a module's page (the sample's note form): problems named in the person's language,
/// focus on the error summary, what was typed kept, and refusals by the server whatever the page shows.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ModuleFormTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_note_that_is_too_long_is_not_saved_and_the_error_summary_gets_focus_names_the_field_and_the_text_stays()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var typed = "Referat fra mødet med skolebestyrelsen. " + new string('x', 500);

        foreach (var (language, summary, problem) in new[]
        {
            ("da", "Formularen blev ikke gemt", "Note må højst have 500 tegn"),
            ("en", "The form was not saved", "Note must be at most 500 characters"),
        })
        {
            var page = await browser.OpenAsync(new Uri(platform.WebAddress, $"/m/sample/{code}/notes"), 390, language, session);
            await page.GetByLabel("Note", new() { Exact = true }).FillAsync(typed);
            await page.GetByRole(AriaRole.Button, new() { Name = language == "da" ? "Gem noten" : "Save the note" }).ClickAsync();

            var alert = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(alert.GetByRole(AriaRole.Heading)).ToHaveTextAsync(summary);
            await Assertions.Expect(alert).ToBeFocusedAsync();
            await Assertions.Expect(alert.GetByRole(AriaRole.Link, new() { Name = problem })).ToHaveAttributeAsync("href", "#note-text");
            await Assertions.Expect(page.Locator("#note-text-error")).ToHaveTextAsync(problem);
            await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync(typed);
            await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
            await page.KeepScreenshotAsync($"notes-form-problems-{language}-390");
            await page.AssertNoAxeViolationsAsync();
            await page.Context.CloseAsync();
        }

        var notes = await new NoteService.NoteServiceClient(platform.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Empty(notes.Notes);
    }

    [Fact]
    public async Task A_saved_note_shows_in_the_list_after_the_page_sends_the_browser_back_to_it()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAsync(new Uri(platform.WebAddress, $"/m/sample/{code}/notes"), 1280, "da", session);

        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Aftale med Æblehaven om sommerlejr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem noten" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Aftale med Æblehaven om sommerlejr" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_sees_no_note_form_and_a_crafted_post_of_one_is_refused_with_status_400_and_saves_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var page = await browser.OpenAccessibleAsync(new Uri(platform.WebAddress, $"/m/sample/{code}/notes"), 390, "da", session);

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gem noten" })).ToHaveCountAsync(0);
        var answer = await page.PostAsync("add-note", new Dictionary<string, string> { ["Draft"] = "Skrevet uden lov" });

        // The page renders no note form for a viewer, so the framework finds no form of that name to give the post to
        // and refuses it before any of the page's code runs (a form that is shown still reaches the application class,
        // which refuses a person without the access: see the gRPC tests of the same class).
        Assert.Equal(400, answer.Status);
        var notes = await new NoteService.NoteServiceClient(platform.Channel).ListNotesAsync(new ListNotesRequest { MunicipalityCode = code }, platform.AsAdmin());
        Assert.Empty(notes.Notes);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_modules_static_files_are_served_from_its_plugin_folder_and_a_file_it_does_not_have_is_not_found()
    {
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var style = await http.GetAsync("/m/sample/assets/notes.css");
        var missing = await http.GetAsync("/m/sample/assets/absent.css");

        Assert.Equal(System.Net.HttpStatusCode.OK, style.StatusCode);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".notes li", await style.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
