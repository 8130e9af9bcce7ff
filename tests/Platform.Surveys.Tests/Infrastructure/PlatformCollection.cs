using Platform.Testing;

namespace Platform.Surveys.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<SharedPlatform>
{
    public const string Name = "surveys";
}
