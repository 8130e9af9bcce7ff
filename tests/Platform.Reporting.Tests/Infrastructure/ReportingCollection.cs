namespace Platform.Reporting.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingPlatform>
{
    public const string Name = "reporting";
}
