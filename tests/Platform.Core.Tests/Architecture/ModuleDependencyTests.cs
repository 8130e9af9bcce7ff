using System.Xml.Linq;
using Platform.Testing;

namespace Platform.Core.Tests.Architecture;

/// <summary>
/// Modules depend on contracts only: never on the host, and never on each other's code. The host and the SDK know the
/// core contracts only, so a module whose contracts the host never saw can be installed without rebuilding the host.
/// </summary>
public sealed class ModuleDependencyTests
{
    private static readonly string Root = TestModules.RepositoryRoot + Path.DirectorySeparatorChar;

    private static readonly string ContractsFolder = Path.Combine(Root, "contracts") + Path.DirectorySeparatorChar;

    private static readonly string ModulesFolder = Path.Combine(Root, "modules") + Path.DirectorySeparatorChar;

    private static readonly string CoreContracts = Path.Combine(ContractsFolder, "Platform.Contracts", "Platform.Contracts.csproj");

    public static TheoryData<string> ModuleProjects
    {
        get
        {
            var projects = Directory.GetFiles(ModulesFolder, "*.csproj", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(Root, "tests"), "*Module*.csproj", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(Root, path));
            return [.. projects];
        }
    }

    /// <summary>Every project named *.Contracts: the core contracts, each module's, and the drop-in test module's.</summary>
    public static TheoryData<string> ContractsProjects
    {
        get
        {
            var projects = new[] { "contracts", "tests" }
                .SelectMany(folder => Directory.GetFiles(Path.Combine(Root, folder), "*.Contracts.csproj", SearchOption.AllDirectories))
                .Select(path => Path.GetRelativePath(Root, path));
            return [.. projects];
        }
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_references_only_contracts_its_own_and_other_modules_never_their_code(string project)
    {
        var path = Path.Combine(Root, project);

        Assert.All(References(path), reference => Assert.True(IsContracts(reference), $"{project} references {reference}, which is not a contracts project"));
        Assert.Contains("contracts/Platform.Sdk/Plugin.props", File.ReadAllText(path));
    }

    [Theory]
    [MemberData(nameof(ContractsProjects))]
    public void A_contracts_project_references_no_other_project_so_no_code_comes_with_its_protos(string project) =>
        Assert.Empty(References(Path.Combine(Root, project)));

    [Fact]
    public void The_host_and_the_SDK_reach_the_core_contracts_and_no_module_nor_module_contracts()
    {
        var reached = Reached(
            Path.Combine(Root, "host", "Platform.Host", "Platform.Host.csproj"),
            Path.Combine(ContractsFolder, "Platform.Sdk", "Platform.Sdk.csproj"));

        Assert.Equal([CoreContracts], reached.Where(project => project.EndsWith(".Contracts.csproj", StringComparison.Ordinal)));
        Assert.DoesNotContain(reached, project => project.StartsWith(ModulesFolder, StringComparison.Ordinal));
    }

    private static bool IsContracts(string project) =>
        project.StartsWith(ContractsFolder, StringComparison.Ordinal) || project.EndsWith(".Contracts.csproj", StringComparison.Ordinal);

    /// <summary>Every project the given ones reference, directly or through other projects.</summary>
    private static IReadOnlySet<string> Reached(params string[] projects)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var next = new Queue<string>(projects);
        while (next.TryDequeue(out var project))
        {
            foreach (var reference in References(project).Where(reached.Add))
            {
                next.Enqueue(reference);
            }
        }

        return reached;
    }

    /// <summary>The projects a project references itself or through a props file of the repository that it imports.</summary>
    private static IEnumerable<string> References(string project) => References(project, Path.GetDirectoryName(project)!);

    private static IEnumerable<string> References(string file, string projectDirectory)
    {
        var document = XDocument.Load(file);
        var own = document.Descendants("ProjectReference").Select(reference => Resolve(reference.Attribute("Include")!.Value, projectDirectory));
        var imported = document.Descendants("Import")
            .Select(import => Resolve(import.Attribute("Project")!.Value, Path.GetDirectoryName(file)!))
            .Where(File.Exists)
            .SelectMany(props => References(props, projectDirectory));
        return own.Concat(imported).ToList();
    }

    private static string Resolve(string path, string directory) =>
        Path.GetFullPath(path.Replace("$(RepoRoot)", Root, StringComparison.Ordinal), directory);
}
