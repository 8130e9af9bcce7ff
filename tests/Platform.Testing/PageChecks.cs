using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Platform.Testing;

/// <summary>What the page tests of every test project check a page with: axe-core, and a screenshot kept to look at.</summary>
public static class PageChecks
{
    /// <summary>
    /// Keeps a screenshot of the whole page as it is now (after a form was sent, say) in the test output's screenshots
    /// folder, under the name given (".png" added), and returns its path.
    /// </summary>
    public static async Task<string> KeepScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "screenshots", name.EndsWith(".png", StringComparison.Ordinal) ? name : name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs axe-core on the page as it is now and fails listing each violated rule with the elements it found.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe-core found {result.Violations.Length} violated rule(s) on {page.Url}:");
        foreach (var violation in result.Violations)
        {
            report.Append($"\n- {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                report.Append($"\n    {node.Target}: {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
