using System.Text.RegularExpressions;
using System.Xml.Linq;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>The solution's modules for the architecture tests, and the projects whose types no module may use.</summary>
internal static partial class RepositoryModules
{
    /// <summary>The fixture that breaks every rule on purpose, to prove each rule fails; it is no module of the platform.</summary>
    public const string BadPlugin = "tests/Platform.BadPlugin/Platform.BadPlugin.csproj";

    private static readonly IReadOnlyList<string> SolutionProjects =
    [
        .. SolutionProject().Matches(File.ReadAllText(Path.Combine(TestModules.RepositoryRoot, "Platform.sln")))
            .Select(match => match.Groups["path"].Value.Replace('\\', '/')),
    ];

    /// <summary>Every plugin the solution builds (the feature modules and the tests' modules), but the bad fixture.</summary>
    public static IEnumerable<string> Projects => SolutionProjects
        .Where(project => project != BadPlugin && File.ReadAllText(Path.Combine(TestModules.RepositoryRoot, project)).Contains("Plugin.props", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    /// <summary>
    /// The assemblies of the projects that are no contracts: the host, the tests and every module. Contracts are the
    /// projects in <c>contracts/</c> and those named <c>*.Contracts</c>.
    /// </summary>
    public static IReadOnlySet<string> Implementations { get; } = new HashSet<string>(
        new[] { "host", "modules", "tests" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(project => !project.EndsWith(".Contracts.csproj", StringComparison.Ordinal))
            .Select(AssemblyName));

    /// <summary>The module's compiled assembly, as the build of these tests left it.</summary>
    public static CompiledModule Compiled(string project) => CompiledModule.Load(
        Path.Combine(TestModules.BuildOutputOf(Path.GetDirectoryName(project)!), AssemblyName(Path.Combine(TestModules.RepositoryRoot, project)) + ".dll"));

    private static string AssemblyName(string projectPath) =>
        XDocument.Load(projectPath).Descendants("AssemblyName").SingleOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(projectPath);

    [GeneratedRegex(@"^Project\(""\{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC\}""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""", RegexOptions.Multiline)]
    private static partial Regex SolutionProject();
}
