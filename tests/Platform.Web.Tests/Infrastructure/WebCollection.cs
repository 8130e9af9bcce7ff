using Platform.Testing;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>One host and one browser for all the web application's tests.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SharedPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}
