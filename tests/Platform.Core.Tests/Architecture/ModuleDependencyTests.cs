using System.Xml.Linq;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>Modules depend on the contracts only: never on the host, and never on each other.</summary>
public sealed class ModuleDependencyTests
{
    public static TheoryData<string> ModuleProjects
    {
        get
        {
            var root = TestModules.RepositoryRoot;
            var projects = Directory.GetFiles(Path.Combine(root, "modules"), "*.csproj", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(root, "tests"), "*Module*.csproj", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(root, path));
            return [.. projects];
        }
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_references_only_the_contracts(string project)
    {
        var path = Path.Combine(TestModules.RepositoryRoot, project);
        var references = XDocument.Load(path).Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(reference.Attribute("Include")!.Value.Replace("$(RepoRoot)", TestModules.RepositoryRoot + "/"), Path.GetDirectoryName(path)!))
            .ToList();
        var contracts = Path.Combine(TestModules.RepositoryRoot, "contracts") + Path.DirectorySeparatorChar;

        Assert.All(references, reference => Assert.StartsWith(contracts, reference));
        Assert.Contains("contracts/Platform.Sdk/Plugin.props", File.ReadAllText(path));
    }
}
