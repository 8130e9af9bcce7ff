using System.Text.RegularExpressions;
using Platform.Core.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Core.Tests.Administration;

/// <summary>The CLI's help: every command, argument and option says what it is for.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class AdminCliHelpTests(SharedPlatform shared)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task Every_command_argument_and_option_has_a_description_in_its_help()
    {
        var helped = new List<string>();
        var undescribed = new List<string>();
        var pending = new Queue<string[]>([[]]);
        while (pending.TryDequeue(out var path))
        {
            var help = await AdminCli.RunAsync(platform, [.. path, "--help"]);
            Assert.Equal(0, help.ExitCode);
            var sections = Sections(help.Output);
            var name = string.Join(' ', path.Prepend("platform-admin"));
            helped.Add(name);
            if (!sections.TryGetValue("Description", out var description) || description.All(string.IsNullOrWhiteSpace))
            {
                undescribed.Add(name);
            }

            foreach (var entry in new[] { "Arguments", "Options", "Commands" }.SelectMany(section => sections.GetValueOrDefault(section, [])))
            {
                var described = DescribedEntry().Match(entry);
                if (!described.Success)
                {
                    undescribed.Add($"{name}: {entry.Trim()}");
                }
            }

            foreach (var entry in sections.GetValueOrDefault("Commands", []))
            {
                pending.Enqueue([.. path, entry.Trim().Split(' ')[0]]);
            }
        }

        Assert.Empty(undescribed);
        Assert.Subset(helped.ToHashSet(), new HashSet<string>
        {
            "platform-admin token issue",
            "platform-admin partnership onboard",
            "platform-admin partnership offboard",
            "platform-admin municipality known",
            "platform-admin local-area add",
            "platform-admin local-area list",
            "platform-admin local-area rename",
            "platform-admin local-area retire",
            "platform-admin local-area reinstate",
            "platform-admin module enable",
            "platform-admin job retry",
        });
    }

    /// <summary>The help's sections ("Description:", "Options:", ...) with their entries: the lines indented by two spaces.</summary>
    private static Dictionary<string, List<string>> Sections(string help)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in help.Split('\n').Select(line => line.TrimEnd('\r')))
        {
            if (line.EndsWith(':') && !line.StartsWith(' '))
            {
                sections[line[..^1]] = current = [];
            }
            else if (current is not null && line.StartsWith("  ", StringComparison.Ordinal) && !line.StartsWith("   ", StringComparison.Ordinal))
            {
                current.Add(line);
            }
        }

        return sections;
    }

    /// <summary>An entry of two columns: the name, at least two spaces, and the description.</summary>
    [GeneratedRegex(@"^  \S.*?\S {2,}\S")]
    private static partial Regex DescribedEntry();
}
