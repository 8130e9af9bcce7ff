using System.Xml.Linq;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>The repository's modules for the architecture tests, and what they must not use.</summary>
internal static class RepositoryModules
{
    /// <summary>The fixture that breaks every rule on purpose, to prove each rule fails; it is no module of the platform.</summary>
    public const string BadModule = "tests/Platform.BadModule/Platform.BadModule.csproj";

    /// <summary>The plugin modules, and the modules the tests load, which are modules like them.</summary>
    public static IEnumerable<string> Projects =>
        Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, "modules"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, "tests"), "*Module*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(TestModules.RepositoryRoot, path))
            .Where(project => project != BadModule)
            .Order(StringComparer.Ordinal);

    /// <summary>The assemblies of the repository's projects that are no contracts: the host, the tests and every module.</summary>
    public static IReadOnlySet<string> Implementations { get; } = new HashSet<string>(
        new[] { "host", "modules", "tests" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(AssemblyName));

    /// <summary>The module's compiled assembly, as the build of these tests left it.</summary>
    public static CompiledModule Compiled(string project) =>
        CompiledModule.Load(Path.Combine(TestModules.BuildOutputOf(Path.GetDirectoryName(project)!), AssemblyName(project) + ".dll"));

    private static string AssemblyName(string project) =>
        XDocument.Load(Path.Combine(TestModules.RepositoryRoot, project)).Descendants("AssemblyName").SingleOrDefault()?.Value
        ?? Path.GetFileNameWithoutExtension(project);
}
