namespace Platform.Core.Tests.Architecture;

/// <summary>
/// A module's compiled code uses no type of another project's implementation: not the host's, not the tests', not
/// another module's. The project files are checked in <see cref="ModuleDependencyTests"/>; this reads what the code
/// actually uses, whatever brought the assembly in.
/// </summary>
public sealed class ModuleReferenceTests
{
    public static TheoryData<string> Modules => [.. RepositoryModules.Projects];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_no_type_of_the_host_the_tests_or_another_module(string module)
    {
        var offenders = ForbiddenUses.ImplementationUses(RepositoryModules.Compiled(module), RepositoryModules.Implementations);

        Assert.True(offenders.Count == 0, $"these types use another project's implementation; talk through contracts:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_reference_rule_names_each_type_of_a_module_that_uses_another_module_s_implementation()
    {
        var offenders = ForbiddenUses.ImplementationUses(RepositoryModules.Compiled(RepositoryModules.BadPlugin), RepositoryModules.Implementations);

        Assert.Equal(["Platform.BadPlugin.Borrowing.Borrower uses Platform.SampleModule.SampleOptions of Platform.SampleModule"], offenders);
    }
}
