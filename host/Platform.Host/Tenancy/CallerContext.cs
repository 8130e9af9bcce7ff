using Platform.GrainInterfaces;
using Platform.Identity;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Tenancy;

/// <summary>
/// The caller of the current scope and what it may do where. A request, a job or an elevation sets it; inside a grain
/// it is the caller of the grain call (<see cref="CallerFlow"/>); anything else is <see cref="Caller.Anonymous"/>, with
/// no grants. Grants scoped to a partnership reach its current members with <see cref="AccessLevel.Aggregate"/> access,
/// never more.
/// </summary>
public sealed class CallerContext(IGrainFactory grains, ModuleSwitches switches)
    : ICallerContext
{
    /// <summary>What a grant on a partnership gives in each of its current members: what it will read in an invited one.</summary>
    public const AccessLevel PartnershipGrantAccess = AccessLevel.Aggregate;

    private Caller? caller;

    /// <summary>Setting it also makes it the caller of the grain calls this scope's work makes.</summary>
    public Caller Caller
    {
        get => caller ?? CallerFlow.Current ?? Caller.Anonymous;
        set => CallerFlow.Current = caller = value;
    }

    public string? ModuleId { get; set; }

    public async Task<AccessLevel> GetAccessAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        var municipality = await grains.GetGrain<IMunicipalityGrain>(municipalityCode).GetAsync();
        return municipality is null ? AccessLevel.None : AccessTo(municipality);
    }

    public Task RequireAsync(string municipalityCode, AccessLevel required, CancellationToken cancellationToken) =>
        RequireMunicipalityAsync(municipalityCode, required, ModuleId);

    /// <summary>
    /// <see cref="RequireAsync"/> with the switch of <paramref name="moduleId"/> (the module whose data is read; none
    /// for the core), returning the municipality it checked, so a caller needs no second grain call.
    /// </summary>
    public async Task<MunicipalitySnapshot> RequireMunicipalityAsync(string municipalityCode, AccessLevel required, string? moduleId)
    {
        new Validation().MunicipalityCode(municipalityCode, "municipality_code").ThrowIfInvalid();
        var municipality = await grains.GetGrain<IMunicipalityGrain>(municipalityCode).GetAsync();
        var access = municipality is null ? AccessLevel.None : AccessTo(municipality);
        if (access < required)
        {
            // A caller with no access at all learns no more than "no access", not whether the tenant exists.
            throw municipality is null && Caller.IsAdmin
                ? new NotFoundException($"Municipality {municipalityCode} is not onboarded.")
                : new PermissionDeniedException($"The caller may not do this in municipality {municipalityCode}.");
        }

        if (municipality is null)
        {
            throw new NotFoundException($"Municipality {municipalityCode} is not onboarded.");
        }

        if (moduleId is not null && !IsModuleEnabled(municipality, moduleId))
        {
            throw new PreconditionFailedException(
                $"The module '{moduleId}' is switched off for municipality {municipalityCode}. A coordinator can switch it on.");
        }

        return municipality;
    }

    public Task<IReadOnlyList<string>> RequirePartnershipAsync(string partnershipId, AccessLevel required, CancellationToken cancellationToken) =>
        RequirePartnershipAsync(partnershipId, required, ModuleId);

    /// <summary><see cref="RequirePartnershipAsync(string, AccessLevel, CancellationToken)"/> with the switch of <paramref name="moduleId"/>.</summary>
    public async Task<IReadOnlyList<string>> RequirePartnershipAsync(string partnershipId, AccessLevel required, string? moduleId)
    {
        new Validation().Required(partnershipId, "partnership_id", 64).ThrowIfInvalid();
        // A partnership's figures are for its own roles: staff of another partnership that happens to hold every member
        // must not set the two partnerships' figures side by side.
        if (!Caller.IsAdmin && !HasPartnershipGrant(partnershipId))
        {
            throw new PermissionDeniedException($"The caller may not read partnership '{partnershipId}'.");
        }

        var partnership = await grains.GetGrain<IPartnershipGrain>(partnershipId).GetAsync()
            ?? throw (Caller.IsAdmin
                ? new NotFoundException($"No partnership has the id '{partnershipId}'.")
                : new PermissionDeniedException($"The caller may not read partnership '{partnershipId}'."));
        var members = partnership.CurrentMemberCodes.ToList();
        foreach (var code in members)
        {
            await RequireMunicipalityAsync(code, required, moduleId);
        }

        return members;
    }

    public async Task RequirePartnershipRoleAsync(string partnershipId, PartnershipAccess required, CancellationToken cancellationToken)
    {
        new Validation().Required(partnershipId, "partnership_id", 64).ThrowIfInvalid();
        if (RoleIn(partnershipId) < required)
        {
            throw new PermissionDeniedException(required == PartnershipAccess.Manage
                ? $"Only administrators and the staff of partnership '{partnershipId}' may change it."
                : $"The caller may not read partnership '{partnershipId}'.");
        }

        if (await grains.GetGrain<IPartnershipGrain>(partnershipId).GetAsync() is null)
        {
            throw new NotFoundException($"No partnership has the id '{partnershipId}'.");
        }
    }

    public void RequireAdmin()
    {
        if (!Caller.IsAdmin)
        {
            throw new PermissionDeniedException("Only a platform administrator may do this.");
        }
    }

    /// <summary>Administrators, the partnership's own staff and viewers, and the roles of its current members.</summary>
    public bool CanSee(PartnershipSnapshot partnership) =>
        Caller.IsAdmin
        || HasPartnershipGrant(partnership.Id)
        || Caller.Grants.Any(grant => grant.ScopeKind == GrantScopeKind.Municipality && partnership.CurrentMemberCodes.Contains(grant.ScopeId));

    /// <summary>
    /// The caller's role in the partnership itself, from its grants scoped to the partnership: its staff manage, its
    /// viewers view; administrators manage every partnership.
    /// </summary>
    public PartnershipAccess RoleIn(string partnershipId) => Caller.IsAdmin
        ? PartnershipAccess.Manage
        : Caller.Grants
            .Where(grant => grant.ScopeKind == GrantScopeKind.Partnership && grant.ScopeId == partnershipId)
            .Select(grant => grant.Role == PlatformRole.PartnershipStaff ? PartnershipAccess.Manage : PartnershipAccess.View)
            .DefaultIfEmpty(PartnershipAccess.None).Max();

    /// <summary>
    /// The partnerships whose rows shared with their members a context for the municipality reads: every partnership it
    /// is or was a member of, for the municipality's own roles and administrators; for a caller who reaches it through
    /// partnership grants only, the partnerships among those it holds a role in, so that one partnership's staff never
    /// read another's through a member both have.
    /// </summary>
    public IReadOnlyList<string> SharedPartnershipsOf(MunicipalitySnapshot municipality)
    {
        var partnerships = municipality.Memberships.Select(membership => membership.PartnershipId).Distinct(StringComparer.Ordinal);
        return AccessTo(municipality) >= AccessLevel.Read
            ? [.. partnerships]
            : [.. partnerships.Where(partnershipId => RoleIn(partnershipId) > PartnershipAccess.None)];
    }

    /// <summary>Whether the caller answers the municipality's invitations to join partnerships: its coordinator, administrators.</summary>
    public bool AnswersInvitationsOf(string municipalityCode) => Caller.IsAdmin || Caller.Grants.Any(grant =>
        grant is { Role: PlatformRole.MunicipalityCoordinator, ScopeKind: GrantScopeKind.Municipality } && grant.ScopeId == municipalityCode);

    public bool HasPartnershipGrant(string partnershipId) => Caller.Grants.Any(grant =>
        grant is { ScopeKind: GrantScopeKind.Partnership } && grant.ScopeId == partnershipId);

    public bool IsModuleEnabled(MunicipalitySnapshot municipality, string moduleId) => switches.IsOn(municipality, moduleId);

    public AccessLevel AccessTo(MunicipalitySnapshot municipality)
    {
        var currentPartnerships = municipality.CurrentPartnershipIds.ToHashSet(StringComparer.Ordinal);
        return Caller.Grants.Select(grant => (grant.Role, grant.ScopeKind) switch
        {
            (PlatformRole.PlatformAdmin, _) => AccessLevel.Administer,
            (_, GrantScopeKind.Municipality) when grant.ScopeId != municipality.Code => AccessLevel.None,
            (PlatformRole.MunicipalityCoordinator, _) => AccessLevel.Manage,
            (PlatformRole.MunicipalityMember, _) => AccessLevel.Contribute,
            (PlatformRole.Viewer, GrantScopeKind.Municipality) => AccessLevel.Read,
            (_, GrantScopeKind.Partnership) when currentPartnerships.Contains(grant.ScopeId) => PartnershipGrantAccess,
            _ => AccessLevel.None,
        }).DefaultIfEmpty(AccessLevel.None).Max();
    }
}
