using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Events.Registrations;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.SignUp;

/// <summary>
/// The token of each event's public sign-up page. A member of the municipality gets (or rotates) the address over
/// gRPC; whoever has it may sign themselves up for that one event, through the same <see cref="RegistrationDesk"/>
/// as every other registration, run as the platform because the page's visitor has no grants. The confirmation e-mail
/// carries a cancel link of the registration's own, which cancels through the desk as well.
/// </summary>
internal sealed class SignUpLinks(
    ICallerContext caller, ITenantDbContextFactory<EventsDb> databases, IPlatformElevation elevation, EventsOptions options, TimeProvider clock)
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
    public Task<EventRecord?> FindAsync(string municipalityCode, string eventId, string? token, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(eventId, out var id) || string.IsNullOrEmpty(token))
        {
            return Task.FromResult<EventRecord?>(null);
        }

        return FindAsPlatformAsync("find the event behind a public sign-up address", municipalityCode, async db =>
        {
            var linkId = LinkId(id);
            var current = await db.CalendarFeeds.Where(f => f.Id == linkId).Select(f => f.Token).SingleOrDefaultAsync(cancellationToken);
            return AccessTokens.Matches(current, token)
                ? await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
                : null;
        }, cancellationToken);
    }

    /// <summary>
    /// Signs a visitor of the page up, as the platform, for the event <see cref="FindAsync"/> found, and e-mails them
    /// the confirmation in the page's language, with a cancel link starting at <see cref="EventsOptions.PublicWebAddress"/>
    /// or, without one, at the address of the <paramref name="listener"/> that took the sign-up.
    /// </summary>
    public Task SignUpAsync(EventRecord record, TargetGroup group, Participant participant, SignUpTexts texts, Uri listener, CancellationToken cancellationToken) =>
        elevation.AsPlatformAsync("sign up a visitor of a public sign-up page", services =>
            services.GetRequiredService<RegistrationDesk>().SignUpAsync(new RegisterRequest
            {
                MunicipalityCode = record.MunicipalityCode,
                EventId = record.Id.ToString(),
                Group = group,
                Participant = participant,
            }, (stored, registration, token, position) =>
            {
                var cancelLink = new Uri(options.PublicWebAddress ?? listener, CancelPath(stored.MunicipalityCode, token, texts));
                return SignUpMail.Confirmation(stored, registration, texts, cancelLink, position, clock.GetUtcNow());
            }, cancellationToken));

    /// <summary>
    /// The registration behind a cancel link and its event, or null when the token is no current one. Throws
    /// <see cref="PreconditionFailedException"/> (to a holder of a right token only) when the municipality switched
    /// the module off.
    /// </summary>
    public Task<Cancellation?> FindCancellationAsync(string municipalityCode, string? token, CancellationToken cancellationToken)
    {
        if (CancelTokens.Hash(token) is not { } hash)
        {
            return Task.FromResult<Cancellation?>(null);
        }

        return FindAsPlatformAsync("find the registration behind an e-mailed cancel link", municipalityCode, async db =>
        {
            var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.CancelTokenHash == hash, cancellationToken);
            return registration is null
                ? null
                : new Cancellation(await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, cancellationToken), registration);
        }, cancellationToken);
    }

    /// <summary>
    /// Cancels, as the platform, the registration <see cref="FindCancellationAsync"/> found, through the registration
    /// desk: its seat goes to the waitlist, whose promoted people get their notice. Throws
    /// <see cref="PreconditionFailedException"/> when it is cancelled already.
    /// </summary>
    public Task CancelAsync(Cancellation found, CancellationToken cancellationToken) =>
        elevation.AsPlatformAsync("cancel a registration through its e-mailed link", services =>
            services.GetRequiredService<RegistrationDesk>().CancelAsync(new CancelRegistrationRequest
            {
                MunicipalityCode = found.Event.MunicipalityCode,
                EventId = found.Event.Id.ToString(),
                RegistrationId = found.Registration.Id.ToString(),
            }, cancellationToken));

    public static string PagePath(string municipalityCode, Guid eventId) => $"/events/signup/{municipalityCode}/{eventId}";

    /// <summary>The cancel page of a registration: the municipality (its database) and the token, nothing about the person.</summary>
    private static string CancelPath(string municipalityCode, string token, SignUpTexts texts) =>
        $"/events/signup/{municipalityCode}/cancel?token={token}&lang={texts.Language.Code}";

    private static string LinkId(Guid eventId) => $"signup:{eventId}";

    /// <summary>
    /// Looks something up in the municipality's events as the platform; null for an unknown municipality. What it
    /// finds is only returned while the module is switched on for the municipality.
    /// </summary>
    private Task<T?> FindAsPlatformAsync<T>(string reason, string municipalityCode, Func<EventsDb, Task<T?>> find, CancellationToken cancellationToken)
        where T : class =>
        elevation.AsPlatformAsync(reason, async services =>
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
                var found = await find(db);
                if (found is not null)
                {
                    // The page's caller carries the module's id, so this checks nothing but the module's switch.
                    await caller.RequireAsync(municipalityCode, AccessLevel.None, cancellationToken);
                }

                return found;
            }
        });
}

/// <summary>A registration found through its cancel link, and its event.</summary>
internal sealed record Cancellation(EventRecord Event, RegistrationRecord Registration);
