using Platform.Testing;

namespace Platform.Core.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<SharedPlatform>
{
    public const string Name = "platform";
}
