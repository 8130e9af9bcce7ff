using Platform.Testing;

namespace Platform.ActorMapping.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<SharedPlatform>
{
    public const string Name = "actor-mapping";
}
