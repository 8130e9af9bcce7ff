using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>Conventions every module's source keeps, checked on the files themselves.</summary>
public sealed partial class ModuleConventionTests
{
    /// <summary>Folders that hold no source of the module's own: generated code, build output and EF Core migrations.</summary>
    private static readonly string[] NotOwnSource = ["obj", "bin", "Migrations"];

    /// <summary>The plugin modules, and the sample module the tests load, which is a module like them.</summary>
    public static TheoryData<string> ModuleFolders =>
    [
        .. Directory.GetDirectories(Path.Combine(TestModules.RepositoryRoot, "modules"))
            .Select(folder => Path.GetRelativePath(TestModules.RepositoryRoot, folder)),
        Path.Combine("tests", "Platform.SampleModule"),
    ];

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_never_creates_a_service_scope_of_its_own_it_asks_for_a_named_elevation(string module)
    {
        var offenders = SourceFiles(module).Where(file => ScopeCreation().IsMatch(File.ReadAllText(file))).ToList();

        Assert.True(offenders.Count == 0, $"these files create service scopes; use IPlatformElevation: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_scope_check_finds_a_scope_created_in_module_code()
    {
        Assert.Matches(ScopeCreation(), "await using var scope = scopes.CreateAsyncScope();");
        Assert.Matches(ScopeCreation(), "IServiceScopeFactory scopes");
        Assert.DoesNotMatch(ScopeCreation(), "await elevation.AsPlatformAsync(\"reason\", services => work(services));");
    }

    [Theory]
    [MemberData(nameof(ModuleFolders))]
    public void A_module_never_reads_the_static_clock_it_asks_for_the_TimeProvider(string module)
    {
        var offenders = SourceFiles(module).Where(file => StaticClock().IsMatch(File.ReadAllText(file))).ToList();

        Assert.True(offenders.Count == 0, $"these files read the static clock; inject TimeProvider and call GetUtcNow(): {string.Join(", ", offenders)}");
    }

    [Fact]
    public void The_clock_check_finds_a_static_clock_read_in_module_code()
    {
        Assert.Matches(StaticClock(), "CreatedAt = DateTimeOffset.UtcNow,");
        Assert.Matches(StaticClock(), "var stamp = DateTime.Now;");
        Assert.Matches(StaticClock(), "var day = DateOnly.FromDateTime(DateTime.Today);");
        Assert.DoesNotMatch(StaticClock(), "CreatedAt = clock.GetUtcNow(),");
    }

    private static IEnumerable<string> SourceFiles(string module) =>
        Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, module), "*.cs", SearchOption.AllDirectories)
            .Where(file => !NotOwnSource.Any(folder =>
                file.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(TestModules.RepositoryRoot, file))
            .Select(file => Path.Combine(TestModules.RepositoryRoot, file));

    [GeneratedRegex(@"\bCreate(Async)?Scope\s*\(|\bIServiceScopeFactory\b")]
    private static partial Regex ScopeCreation();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(Utc)?Now\b|\bDateTime\.Today\b")]
    private static partial Regex StaticClock();
}
