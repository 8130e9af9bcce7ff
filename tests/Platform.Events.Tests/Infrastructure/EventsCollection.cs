namespace Platform.Events.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class EventsCollection : ICollectionFixture<EventsPlatform>
{
    public const string Name = "events";
}
