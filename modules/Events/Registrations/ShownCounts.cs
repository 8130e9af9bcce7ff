using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;

namespace Platform.Events.Registrations;

/// <summary>
/// A count of people (seats, waitlist, attendance) as the caller may see it. The holding municipality's own roles with
/// read access or more see it exact: they see the named registrations anyway. Every other caller (partnership staff
/// and viewers, another member of the partnership, a visitor of the public sign-up page) sees it published through
/// <see cref="DisclosureControl"/>: perturbed, and below 5 as a band. The contract's counts are plain numbers, so a
/// band is sent as <see cref="Band"/>.
/// </summary>
public static class ShownCounts
{
    /// <summary>A published count below <see cref="DisclosureControl.Threshold"/> ("færre end 5"), in a field that holds a number.</summary>
    public const int Band = -1;

    /// <summary>Whether the caller sees the counts of the municipality's events exact.</summary>
    public static async Task<bool> ExactForAsync(ICallerContext caller, string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Read;

    public static int Show(PeopleCount cell, bool exact) => exact ? cell.Count : DisclosureControl.Publish(cell).Number ?? Band;
}
