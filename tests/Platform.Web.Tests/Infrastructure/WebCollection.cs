using Platform.Testing;

namespace Platform.Web.Tests.Infrastructure;

// The page tests are split by module into collections of their own hosts, as every test takes municipalities of its
// own and Denmark has 98: one host for all of them runs out. The collections run one after another (xunit.runner.json),
// so only one host and one browser run at a time on a 2-core machine.

/// <summary>One host and one browser for the platform's own pages: sign-in, people, municipalities, partnerships, admin.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<SharedPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}

/// <summary>One host and one browser for the actor mapping module's pages.</summary>
[CollectionDefinition(Name)]
public sealed class ActorPagesCollection : ICollectionFixture<SharedPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web-actor-mapping";
}

/// <summary>One host and one browser for the events module's pages.</summary>
[CollectionDefinition(Name)]
public sealed class EventPagesCollection : ICollectionFixture<SharedPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web-events";
}

/// <summary>One host and one browser for the surveys and reporting modules' pages.</summary>
[CollectionDefinition(Name)]
public sealed class SurveyAndReportPagesCollection : ICollectionFixture<SharedPlatform>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web-surveys-reporting";
}
