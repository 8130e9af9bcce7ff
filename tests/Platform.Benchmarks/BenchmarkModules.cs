using Platform.Testing;

namespace Platform.Benchmarks;

/// <summary>
/// The modules the benchmark hosts load: every module of modules/ as the host's build installed it, plus the sample
/// module, whose indicators the report benchmark reads.
/// </summary>
public static class BenchmarkModules
{
    public static string Install()
    {
        var modules = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "platform-bench-modules-" + Guid.NewGuid().ToString("N"))).FullName;
        TestModules.CopyFolder(TestModules.BuildOutputOf("tests/Platform.SampleModule"), Path.Combine(modules, "Platform.SampleModule"));
        foreach (var module in Directory.GetDirectories(Path.Combine(TestModules.BuildOutputOf("host/Platform.Host"), "modules")))
        {
            TestModules.CopyFolder(module, Path.Combine(modules, Path.GetFileName(module)));
        }

        return modules;
    }
}
