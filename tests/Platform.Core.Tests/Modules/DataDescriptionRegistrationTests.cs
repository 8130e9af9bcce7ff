using Microsoft.Extensions.Configuration;
using Platform.Host.Modules;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;

namespace Platform.Core.Tests.Modules;

/// <summary>What a module says of its data is shown to a municipality before it joins, within the contract's limits.</summary>
public sealed class DataDescriptionRegistrationTests
{
    [Theory]
    [InlineData(21, 10, 10)]
    [InlineData(0, 10, 10)]
    [InlineData(1, 0, 10)]
    [InlineData(1, 10, 301)]
    public void A_data_description_outside_the_limits_stops_the_modules_registration(int count, int danishLength, int englishLength)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Builder().DescribeData(Categories(count, danishLength, englishLength)));

        Assert.Equal("DescribeData takes 1 to 20 categories, each with a Danish and an English text of 1 to 300 characters.", refused.Message);
    }

    [Fact]
    public void Twenty_categories_of_300_characters_each_are_registered_for_the_module()
    {
        var module = Builder();

        module.DescribeData(Categories(20, 300, 300));

        var registration = Assert.Single(module.Services.Select(service => service.ImplementationInstance).OfType<DataDescriptionRegistration>());
        Assert.Equal(("described", "Described", 20), (registration.ModuleId, registration.ModuleName, registration.Categories.Count));
    }

    private static ModuleBuilder Builder() => new(
        new ModuleManifest("described", "Described", "1.0.0", PlatformContract.Version, []),
        typeof(object).Assembly,
        new ConfigurationBuilder().Build(),
        new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=:memory:"));

    private static DataCategory[] Categories(int count, int danishLength, int englishLength) =>
    [
        .. Enumerable.Range(0, count).Select(_ => new DataCategory(AccessLevel.Aggregate, new string('d', danishLength), new string('e', englishLength))),
    ];
}
