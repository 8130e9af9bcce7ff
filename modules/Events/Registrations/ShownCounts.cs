using Platform.Contracts.Events.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;

namespace Platform.Events.Registrations;

/// <summary>
/// A count of people (seats, waitlist, attendance) as the caller may see it. The holding municipality's own roles with
/// read access or more see it exact: they see the named registrations anyway. Every other caller (partnership staff
/// and viewers, another member of the partnership, a visitor of the public sign-up page) sees it published through
/// <see cref="DisclosureControl"/>: perturbed, and below 5 as a band.
/// </summary>
internal static class ShownCounts
{
    /// <summary>Whether the caller sees the counts of the municipality's events exact.</summary>
    public static async Task<bool> ExactForAsync(ICallerContext caller, string municipalityCode, CancellationToken cancellationToken) =>
        await caller.GetAccessAsync(municipalityCode, cancellationToken) >= AccessLevel.Read;

    public static ShownCount Show(PeopleCount cell, bool exact)
    {
        if (exact)
        {
            return new ShownCount { Count = cell.Count };
        }

        var published = DisclosureControl.Publish(cell);
        return new ShownCount { Count = published.Value, FewerThanFive = published.IsBand, Published = true };
    }
}
