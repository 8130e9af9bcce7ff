using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Directory;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Registrations;

/// <summary>
/// Lets a member municipality register its people for a partnership-wide event that another member holds. The caller
/// needs contribute access to its own municipality, which must be a current member of the event's partnership; the
/// holder's data is then opened as the platform, for this event's registration only.
/// </summary>
internal sealed class PartnershipMemberRegistration(ICallerContext caller, IMunicipalityDirectory directory, IPlatformElevation elevation)
{
    public async Task<EventsDb> OpenAsync(RegisterRequest request, Guid eventId, CancellationToken cancellationToken)
    {
        new Validation()
            .MunicipalityCode(request.RegisteringMunicipalityCode, "registering_municipality_code")
            .MunicipalityCode(request.MunicipalityCode, "municipality_code")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.RegisteringMunicipalityCode, AccessLevel.Contribute, cancellationToken);
        var partnerships = (await directory.FindMunicipalityAsync(request.RegisteringMunicipalityCode, cancellationToken))?.PartnershipIds ?? [];
        var db = await elevation.AsPlatformAsync("register a member's people for a partnership-wide event another member holds", services =>
            services.GetRequiredService<ITenantDbContextFactory<EventsDb>>().OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, cancellationToken));
        var partnershipId = await db.Events.Where(e => e.Id == eventId).Select(e => e.PartnershipId).SingleOrDefaultAsync(cancellationToken);
        if (partnershipId is null || !partnerships.Contains(partnershipId))
        {
            await db.DisposeAsync();
            throw new PermissionDeniedException(
                $"Municipality {request.RegisteringMunicipalityCode} may register only for partnership-wide events of its partnerships.");
        }

        return db;
    }
}
