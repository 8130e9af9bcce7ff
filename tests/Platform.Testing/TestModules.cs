namespace Platform.Testing;

/// <summary>
/// One modules directory for the whole test run (a plugin is loaded once per process): every module of modules/ as the
/// host's build installed it, the sample module, plus
/// modules the host must refuse: a corrupt file, a folder without an assembly, a duplicate id (a copy of the sample itself would be
/// loaded twice, which Orleans' type registry refuses in one process), a wrong contract
/// version and a missing dependency.
/// </summary>
public static class TestModules
{
    private static readonly Lazy<string> Directory = new(Install);

    public static string Path => Directory.Value;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The configuration these tests were built in (Release or Debug), as their own folder names it.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>A fresh modules directory holding one module of tests/, installed from its build output as it is now.</summary>
    public static string InstallAlone(string project)
    {
        var modules = NewModulesDirectory();
        CopyModule(project, modules, project);
        return modules;
    }

    private static string NewModulesDirectory() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-test-modules-" + Guid.NewGuid().ToString("N"));

    private static string Install()
    {
        var modules = NewModulesDirectory();
        CopyModule("Platform.SampleModule", modules, "Platform.SampleModule");
        CopyModule("Platform.OutdatedModule", modules, "Platform.OutdatedModule");
        CopyModule("Platform.DependentModule", modules, "Platform.DependentModule");
        CopyModule("Platform.SampleModuleDuplicate", modules, "Platform.SampleModuleDuplicate");

        foreach (var module in System.IO.Directory.GetDirectories(System.IO.Path.Combine(BuildOutputOf("host/Platform.Host"), "modules")))
        {
            CopyFolder(module, System.IO.Path.Combine(modules, System.IO.Path.GetFileName(module)));
        }

        var corrupt = System.IO.Directory.CreateDirectory(System.IO.Path.Combine(modules, "Corrupt")).FullName;
        File.WriteAllBytes(System.IO.Path.Combine(corrupt, "Corrupt.dll"), "MZ this is not an assembly"u8.ToArray());
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(modules, "Empty"));
        return modules;
    }

    private static void CopyModule(string project, string modules, string folder) =>
        CopyFolder(BuildOutputOf(System.IO.Path.Combine("tests", project)), System.IO.Path.Combine(modules, folder));

    /// <summary>A module's folder with its subfolders: its texts' satellite assemblies (en/) and its pages' static files (Assets/).</summary>
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    /// <summary>The build output of a project of the repository, in the configuration these tests were built in.</summary>
    public static string BuildOutputOf(string projectDirectory) =>
        System.IO.Path.Combine(RepositoryRoot, projectDirectory, "bin", Configuration, "net10.0");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test directory.");
    }
}
