using System.Xml.Linq;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>Modules depend on the contracts only: never on the host, and never on each other.</summary>
public sealed class ModuleDependencyTests
{
    public static TheoryData<string> Modules => [.. RepositoryModules.Projects];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_project_references_only_the_contracts(string project)
    {
        Assert.Empty(ProjectReferencesOutsideContracts(project));
        Assert.Contains("contracts/Platform.Sdk/Plugin.props", File.ReadAllText(Path.Combine(TestModules.RepositoryRoot, project)));
    }

    [Fact]
    public void The_project_rule_names_a_reference_to_another_module()
    {
        Assert.Equal(["tests/Platform.SampleModule/Platform.SampleModule.csproj"], ProjectReferencesOutsideContracts(RepositoryModules.BadModule));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_no_type_of_the_host_the_tests_or_another_module(string module)
    {
        var offenders = ForbiddenUses.ImplementationUses(RepositoryModules.Compiled(module), RepositoryModules.Implementations);

        Assert.True(offenders.Count == 0, $"these types use another project's implementation; talk through contracts:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_implementation_rule_names_each_type_that_uses_another_module()
    {
        var offenders = ForbiddenUses.ImplementationUses(RepositoryModules.Compiled(RepositoryModules.BadModule), RepositoryModules.Implementations);

        Assert.Equal(["Platform.BadModule.Borrowing.Borrower uses Platform.SampleModule.SampleOptions of Platform.SampleModule"], offenders);
    }

    /// <summary>The project's references to projects outside <c>contracts/</c>, relative to the repository.</summary>
    private static List<string> ProjectReferencesOutsideContracts(string project)
    {
        var path = Path.Combine(TestModules.RepositoryRoot, project);
        var contracts = Path.Combine(TestModules.RepositoryRoot, "contracts") + Path.DirectorySeparatorChar;
        return
        [
            .. XDocument.Load(path).Descendants("ProjectReference")
                .Select(reference => Path.GetFullPath(reference.Attribute("Include")!.Value.Replace("$(RepoRoot)", TestModules.RepositoryRoot + "/"), Path.GetDirectoryName(path)!))
                .Where(reference => !reference.StartsWith(contracts, StringComparison.Ordinal))
                .Select(reference => Path.GetRelativePath(TestModules.RepositoryRoot, reference)),
        ];
    }
}
