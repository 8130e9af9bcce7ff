using System.Text.RegularExpressions;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>Conventions every module's source keeps, checked on the files themselves.</summary>
public sealed partial class ModuleConventionTests
{
    public static TheoryData<string> ModuleFolders =>
    [
        .. Directory.GetDirectories(Path.Combine(TestModules.RepositoryRoot, "modules")).Select(Path.GetFileName).OfType<string>(),
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

    private static IEnumerable<string> SourceFiles(string module) =>
        Directory.GetFiles(Path.Combine(TestModules.RepositoryRoot, "modules", module), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(TestModules.RepositoryRoot, file))
            .Select(file => Path.Combine(TestModules.RepositoryRoot, file));

    [GeneratedRegex(@"\bCreate(Async)?Scope\s*\(|\bIServiceScopeFactory\b")]
    private static partial Regex ScopeCreation();
}
