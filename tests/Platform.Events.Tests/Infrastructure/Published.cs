using Platform.Sdk.Disclosure;

namespace Platform.Events.Tests.Infrastructure;

/// <summary>
/// A count of people as a caller without read access to the holding municipality sees it: the SDK's published count of
/// its cell, in the contract's plain number, where a band ("færre end 5") is <see cref="Band"/>.
/// </summary>
public static class Published
{
    public const int Band = -1;

    public static int Shown(PeopleCount cell) => DisclosureControl.Publish(cell).Number ?? Band;
}
