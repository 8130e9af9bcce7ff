using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Platform.Testing;

/// <summary>axe-core in a page under Playwright: a page of the platform must have no accessibility violations.</summary>
public static class AxeAssertions
{
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
