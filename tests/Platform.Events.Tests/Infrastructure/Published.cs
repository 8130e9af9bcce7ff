using Platform.Contracts.Events.V1;
using Platform.Sdk.Disclosure;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>A count of people as a caller without read access to the holding municipality sees it: the SDK's published count of its cell.</summary>
public static class Published
{
    public static ShownCount Shown(PeopleCount cell) => DisclosureControl.Publish(cell) is var published && published.IsBand
        ? new ShownCount { FewerThanFive = true, Published = true }
        : new ShownCount { Count = published.Value, Published = true };

    /// <summary>An exact count, as the holding municipality's roles see it.</summary>
    public static ShownCount Exact(int count) => new() { Count = count };

    /// <summary>A published count below 5.</summary>
    public static ShownCount Band { get; } = new() { FewerThanFive = true, Published = true };
}
