namespace Platform.Web.Tests.Infrastructure;

/// <summary>The repository the tests run from, for the screenshots the user guide shows.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DocsImage(string name) => Path.Combine(Root, "docs", "images", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository: no Platform.sln above " + AppContext.BaseDirectory);
    }
}
