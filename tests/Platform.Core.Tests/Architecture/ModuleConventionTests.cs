namespace Platform.Core.Tests.Architecture;

/// <summary>
/// Conventions every module's compiled code keeps, read from its IL, so that no spelling of the same call (a
/// <c>using static</c>, an alias, an extension method) slips past. Each rule is also run over a module that breaks it.
/// </summary>
public sealed class ModuleConventionTests
{
    public static TheoryData<string> Modules => [.. RepositoryModules.Projects];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_never_creates_a_service_scope_of_its_own_it_asks_for_a_named_elevation(string module)
    {
        var offenders = ForbiddenUses.ScopeCreations(RepositoryModules.Compiled(module));

        Assert.True(offenders.Count == 0, $"these types create service scopes; use IPlatformElevation:\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_scope_rule_names_each_type_of_a_module_that_creates_a_scope()
    {
        var offenders = ForbiddenUses.ScopeCreations(RepositoryModules.Compiled(RepositoryModules.BadPlugin));

        Assert.Equal(
        [
            "Platform.BadPlugin.Scopes.ScopeOpener uses Microsoft.Extensions.DependencyInjection.AsyncServiceScope",
            "Platform.BadPlugin.Scopes.ScopeOpener uses Microsoft.Extensions.DependencyInjection.IServiceScopeFactory",
        ], offenders);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_never_reads_the_static_clock_it_asks_for_the_TimeProvider(string module)
    {
        var offenders = ForbiddenUses.StaticClockReads(RepositoryModules.Compiled(module));

        Assert.True(offenders.Count == 0, $"these types read the static clock; inject TimeProvider and call GetUtcNow():\n{string.Join('\n', offenders)}");
    }

    [Fact]
    public void The_clock_rule_names_each_type_of_a_module_that_reads_the_static_clock_however_it_is_spelled()
    {
        var offenders = ForbiddenUses.StaticClockReads(RepositoryModules.Compiled(RepositoryModules.BadPlugin));

        Assert.Equal(
        [
            "Platform.BadPlugin.Clock.Stamps reads System.DateTime.Today",
            "Platform.BadPlugin.Clock.Stamps reads System.DateTimeOffset.UtcNow",
            "Platform.BadPlugin.Clock.Stamps reads System.TimeProvider.System",
        ], offenders);
    }
}
