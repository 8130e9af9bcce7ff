namespace Platform.Core.Tests.Architecture;

/// <summary>
/// A module's namespaces form no cycle: features may share a namespace they depend on (such as <c>Data</c>), but no two
/// features depend on each other, directly or through others. The uses come from the compiled IL, signatures and
/// method bodies alike.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> Modules => [.. RepositoryModules.Projects];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_has_no_cycle_among_its_namespaces(string module)
    {
        var cycles = NamespaceCycles.In(RepositoryModules.Compiled(module));

        Assert.True(cycles.Count == 0, $"move types to the namespace that owns them, so these namespaces stop depending on each other:\n{string.Join('\n', cycles)}");
    }

    [Fact]
    public void The_cycle_rule_names_the_namespaces_of_a_cycle_and_the_uses_that_close_it()
    {
        var cycle = Assert.Single(NamespaceCycles.In(RepositoryModules.Compiled(RepositoryModules.BadPlugin)));

        Assert.Equal(
            """
            cycle among Platform.BadPlugin.Left, Platform.BadPlugin.Right:
              Platform.BadPlugin.Left -> Platform.BadPlugin.Right: Platform.BadPlugin.Left.LeftHand uses Platform.BadPlugin.Right.RightHand
              Platform.BadPlugin.Right -> Platform.BadPlugin.Left: Platform.BadPlugin.Right.RightHand uses Platform.BadPlugin.Left.LeftHand
            """, cycle);
    }
}
