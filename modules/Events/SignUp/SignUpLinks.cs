using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.SignUp;

/// <summary>
/// The token of each event's public sign-up page. A member of the municipality gets (or rotates) the address over
/// gRPC; whoever has it may register themselves for that one event, through the same <see cref="RegistrationDesk"/>
/// as every other registration, run as the platform because the page's visitor has no grants.
/// </summary>
internal sealed class SignUpLinks(
    ICallerContext caller, ITenantDbContextFactory<EventsDb> databases, IPlatformElevation elevation, TimeProvider clock)
{
    public async Task<SignUpLink> GetLinkAsync(GetSignUpLinkRequest request, CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken);
        await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        var token = await AccessTokens.IssueAsync(db, LinkId(eventId), request.Rotate, clock.GetUtcNow(), cancellationToken);
        return new SignUpLink { Path = $"{PagePath(request.MunicipalityCode, eventId)}?token={token}" };
    }

    /// <summary>
    /// The event behind a page address, or null when the address is not a current one. Throws
    /// <see cref="PreconditionFailedException"/> (to a holder of the right token only) when the municipality switched
    /// the module off.
    /// </summary>
    public async Task<EventRecord?> FindAsync(string municipalityCode, string eventId, string? token, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(eventId, out var id) || string.IsNullOrEmpty(token))
        {
            return null;
        }

        return await elevation.AsPlatformAsync("find the event behind a public sign-up address", async services =>
        {
            EventsDb db;
            try
            {
                db = await services.GetRequiredService<ITenantDbContextFactory<EventsDb>>()
                    .OpenAsync(municipalityCode, AccessLevel.Aggregate, cancellationToken);
            }
            catch (PlatformException)
            {
                return null;
            }

            await using (db)
            {
                var linkId = LinkId(id);
                var current = await db.CalendarFeeds.Where(f => f.Id == linkId).Select(f => f.Token).SingleOrDefaultAsync(cancellationToken);
                if (!AccessTokens.Matches(current, token))
                {
                    return null;
                }

                // The page's caller carries the module's id, so this checks nothing but the module's switch.
                await caller.RequireAsync(municipalityCode, AccessLevel.None, cancellationToken);
                return await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
            }
        });
    }

    /// <summary>
    /// Registers a visitor of the page, as the platform, for the event <see cref="FindAsync"/> found. Returns null for a
    /// seat, else the waitlist position as it may be published to an anonymous visitor.
    /// </summary>
    public async Task<PublishedCount?> RegisterAsync(EventRecord record, TargetGroup group, Participant participant, CancellationToken cancellationToken)
    {
        var (_, position) = await elevation.AsPlatformAsync("register a visitor of a public sign-up page", services =>
            services.GetRequiredService<RegistrationDesk>().AddAsync(new RegisterRequest
            {
                MunicipalityCode = record.MunicipalityCode,
                EventId = record.Id.ToString(),
                Group = group,
                Participant = participant,
            }, cancellationToken));
        return position is { } cell ? DisclosureControl.Publish(cell) : null;
    }

    public static string PagePath(string municipalityCode, Guid eventId) => $"/events/signup/{municipalityCode}/{eventId}";

    private static string LinkId(Guid eventId) => $"signup:{eventId}";
}
