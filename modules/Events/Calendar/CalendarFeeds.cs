using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Calendar;

/// <summary>
/// Calendar feeds per municipality and per partnership. Calendar programs cannot send a bearer token, so a feed's
/// address carries a random 256-bit token instead; whoever has the address can read the feed's non-personal event
/// fields, and rotating the token ends every old subscription.
/// </summary>
internal sealed class CalendarFeeds(
    ICallerContext caller,
    IPlatformElevation elevation,
    IMunicipalityDirectory directory,
    IAuditTrail audit,
    TimeProvider clock)
{
    public async Task<CalendarFeed> GetFeedAsync(GetCalendarFeedRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(request.MunicipalityCode.Length == 0 ^ request.PartnershipId.Length == 0, "municipality_code", "give either municipality_code or partnership_id")
            .ThrowIfInvalid();
        string feedId, path;
        if (request.MunicipalityCode.Length > 0)
        {
            // Rotating ends every subscription of the municipality's calendar: for those who manage the municipality.
            await caller.RequireAsync(request.MunicipalityCode, request.Rotate ? AccessLevel.Manage : AccessLevel.Read, cancellationToken);
            (feedId, path) = ($"municipality:{request.MunicipalityCode}", $"/events/calendar/municipality/{request.MunicipalityCode}.ics");
        }
        else
        {
            await caller.RequirePartnershipAsync(request.PartnershipId, AccessLevel.Aggregate, cancellationToken);
            (feedId, path) = ($"partnership:{request.PartnershipId}", $"/events/calendar/partnership/{Uri.EscapeDataString(request.PartnershipId)}.ics");
        }

        var token = await elevation.AsPlatformAsync("issue a calendar feed's address", async services =>
        {
            await using var db = await OpenAsPlatformAsync(Factory(services), feedId, cancellationToken);
            return await AccessTokens.IssueAsync(db, feedId, request.Rotate, clock.GetUtcNow(), cancellationToken);
        });
        await audit.RecordAsync(AuditActions.CalendarFeedIssued, NullIfEmpty(request.MunicipalityCode), NullIfEmpty(request.PartnershipId),
            feedId, request.Rotate ? "rotated" : "issued", cancellationToken);
        return new CalendarFeed { Path = $"{path}?token={token}" };
    }

    /// <summary>
    /// The events of a feed, or null when the token is not the feed's current token. A municipality that switched the
    /// module off serves no feed (<see cref="PreconditionFailedException"/>, only to a holder of the right token), and
    /// its events leave every partnership feed.
    /// </summary>
    public async Task<IReadOnlyList<EventRecord>?> ReadAsync(string kind, string key, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        return await elevation.AsPlatformAsync("read a calendar feed for the holder of its address", services => ReadAsPlatformAsync(Factory(services), kind, key, token, cancellationToken));
    }

    private async Task<IReadOnlyList<EventRecord>?> ReadAsPlatformAsync(
        ITenantDbContextFactory<EventsDb> platform, string kind, string key, string token, CancellationToken cancellationToken)
    {
        var feedId = $"{kind}:{key}";
        await using var feedDb = await OpenAsPlatformAsync(platform, feedId, cancellationToken);
        var current = await feedDb.CalendarFeeds.Where(f => f.Id == feedId).Select(f => f.Token).SingleOrDefaultAsync(cancellationToken);
        if (!AccessTokens.Matches(current, token))
        {
            return null;
        }

        if (kind == "partnership")
        {
            var held = await feedDb.Events.AsNoTracking().Where(e => e.PartnershipId == null || e.PartnershipId == key).ToListAsync(cancellationToken);
            return await SwitchedOnOnlyAsync(held, cancellationToken);
        }

        await caller.RequireAsync(key, AccessLevel.None, cancellationToken);
        var events = await feedDb.Events.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var partnershipId in (await directory.FindMunicipalityAsync(key, cancellationToken))?.PartnershipIds ?? [])
        {
            await using var db = await platform.OpenForPartnershipAsync(partnershipId, AccessLevel.Aggregate, cancellationToken);
            events.AddRange(await db.Events.AsNoTracking()
                .Where(e => e.PartnershipId == partnershipId && e.MunicipalityCode != key).ToListAsync(cancellationToken));
        }

        return await SwitchedOnOnlyAsync(events, cancellationToken);
    }

    /// <summary>The events whose holding municipality has the module switched on.</summary>
    private async Task<IReadOnlyList<EventRecord>> SwitchedOnOnlyAsync(List<EventRecord> events, CancellationToken cancellationToken)
    {
        var switchedOff = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in events.Select(e => e.MunicipalityCode).Distinct(StringComparer.Ordinal))
        {
            try
            {
                // The web endpoint's caller carries the module's id, so this checks nothing but the module's switch.
                await caller.RequireAsync(code, AccessLevel.None, cancellationToken);
            }
            catch (PreconditionFailedException)
            {
                switchedOff.Add(code);
            }
        }

        return events.Where(e => !switchedOff.Contains(e.MunicipalityCode)).ToList();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static ITenantDbContextFactory<EventsDb> Factory(IServiceProvider services) =>
        services.GetRequiredService<ITenantDbContextFactory<EventsDb>>();

    /// <summary>A context as the platform, scoped to the feed's municipality or partnership members.</summary>
    private static Task<EventsDb> OpenAsPlatformAsync(ITenantDbContextFactory<EventsDb> platform, string feedId, CancellationToken cancellationToken)
    {
        var (kind, key) = (feedId[..feedId.IndexOf(':', StringComparison.Ordinal)], feedId[(feedId.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind == "partnership"
            ? platform.OpenForPartnershipAsync(key, AccessLevel.Aggregate, cancellationToken)
            : platform.OpenAsync(key, AccessLevel.Aggregate, cancellationToken);
    }
}
