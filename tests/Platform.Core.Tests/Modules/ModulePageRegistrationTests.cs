using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Configuration;
using Platform.Host.Modules;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;

namespace Platform.Core.Tests.Modules;

/// <summary>A module's pages live under <c>/m/{module id}/</c>; the sample's page proves the rest in the web tests.</summary>
public sealed class ModulePageRegistrationTests
{
    [Fact]
    public void A_module_with_a_page_outside_its_own_page_addresses_fails_to_register_and_the_message_names_the_page()
    {
        var module = new ModuleBuilder(
            new ModuleManifest("stray", "Stray", "1.0.0", PlatformContract.Version, []),
            typeof(StrayPage).Assembly,
            new ConfigurationBuilder().Build(),
            new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));

        var refused = Assert.Throws<InvalidOperationException>(() => module.AddPages());

        Assert.Equal("The module's pages must have addresses under /m/stray/: StrayPage (/stray/notes).", refused.Message);
    }

    [Fact]
    public void A_navigation_entry_whose_path_is_not_relative_to_the_modules_page_addresses_fails_to_register()
    {
        var module = new ModuleBuilder(
            new ModuleManifest("stray", "Stray", "1.0.0", PlatformContract.Version, []),
            typeof(object).Assembly,
            new ConfigurationBuilder().Build(),
            new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));

        var refused = Assert.Throws<InvalidOperationException>(() =>
            module.AddPages(new ModuleNavigationEntry("/stray/{municipality}", "Noter", "Notes", AccessLevel.Read)));

        Assert.Contains("/stray/{municipality}", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("partnership/{partnership}/{municipality}/notes")]
    public void A_navigation_entry_that_names_neither_a_municipality_nor_a_partnership_or_both_fails_to_register(string path)
    {
        var module = new ModuleBuilder(
            new ModuleManifest("stray", "Stray", "1.0.0", PlatformContract.Version, []),
            typeof(object).Assembly,
            new ConfigurationBuilder().Build(),
            new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));

        var refused = Assert.Throws<InvalidOperationException>(() =>
            module.AddPages(new ModuleNavigationEntry(path, "Noter", "Notes", AccessLevel.Read)));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
    }
}

/// <summary>A page at an address of the module's endpoints, which a module may not have.</summary>
[Route("/stray/notes")]
public sealed class StrayPage : ComponentBase;
