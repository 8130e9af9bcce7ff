using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Partnerships.Invitations;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Partnerships;

/// <summary>
/// Partnerships and their members, for the gRPC service and the web pages alike: administrators create partnerships;
/// administrators and the partnership's staff onboard and offboard members; whoever <see cref="CallerContext.CanSee"/>
/// a partnership reads it, and no one else learns whether it exists. The staff's onboarding of a municipality that must
/// consent (<see cref="JoinConsent"/>) invites it instead; an administrator's onboarding counts as its acceptance.
/// </summary>
public sealed class PartnershipManagement(
    IGrainFactory grains,
    CallerContext caller,
    MunicipalityReferenceData referenceData,
    ModelContextFactory<PlatformDbContext> database,
    JoinConsent consent,
    IAuditTrail audit)
{
    public async Task<PartnershipSnapshot> CreateAsync(string id, string name, string centreName, string description)
    {
        caller.RequireAdmin();
        var chosen = string.IsNullOrEmpty(id) ? Slug(name) : id;
        new Validation()
            .Required(name, "name")
            .Required(centreName, "centre_name")
            .MaxLength(description, "description", 2000)
            .Check(IsValidId(chosen), "id", "must be 3-64 lower-case letters, digits and '-' (derived from the name when empty)")
            .ThrowIfInvalid();
        return await grains.GetGrain<IPartnershipGrain>(chosen).CreateAsync(name.Trim(), centreName.Trim(), description.Trim());
    }

    public async Task<PartnershipSnapshot> GetAsync(string id)
    {
        new Validation().Required(id, "id", 64).ThrowIfInvalid();
        var partnership = await grains.GetGrain<IPartnershipGrain>(id).GetAsync();
        if (partnership is null || !caller.CanSee(partnership))
        {
            throw caller.Caller.IsAdmin
                ? new NotFoundException($"No partnership has the id '{id}'.")
                : new PermissionDeniedException($"The caller may not read partnership '{id}'.");
        }

        return ForCaller(partnership);
    }

    /// <summary>The partnership, for a caller who may change its members (its staff, administrators); refused to anyone else.</summary>
    public async Task<PartnershipSnapshot> GetToManageAsync(string id, CancellationToken cancellationToken)
    {
        await caller.RequirePartnershipRoleAsync(id, PartnershipAccess.Manage, cancellationToken);
        return (await grains.GetGrain<IPartnershipGrain>(id).GetAsync())!;
    }

    /// <summary>The partnerships the caller can see, by id.</summary>
    public async Task<IReadOnlyList<PartnershipSnapshot>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var ids = await db.Partnerships.Select(p => p.Id).OrderBy(id => id).ToListAsync(cancellationToken);
        var visible = new List<PartnershipSnapshot>();
        foreach (var id in ids)
        {
            if (await grains.GetGrain<IPartnershipGrain>(id).GetAsync() is { } partnership && caller.CanSee(partnership))
            {
                visible.Add(ForCaller(partnership));
            }
        }

        return visible;
    }

    public async Task<PartnershipSnapshot> OnboardAsync(string partnershipId, string municipalityCode, CancellationToken cancellationToken)
    {
        ValidateMembership(partnershipId, municipalityCode);
        await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.Manage, cancellationToken);
        var partnership = grains.GetGrain<IPartnershipGrain>(partnershipId);
        if (!caller.Caller.IsAdmin && await consent.IsNeededAsync(municipalityCode, partnershipId, cancellationToken))
        {
            var invited = await partnership.InviteAsync(municipalityCode);
            await audit.RecordAsync(AuditActions.InvitationSent, municipalityCode, partnershipId, target: null, detail: null, cancellationToken);
            return invited;
        }

        return await partnership.OnboardAsync(municipalityCode);
    }

    public async Task<PartnershipSnapshot> OffboardAsync(string partnershipId, string municipalityCode, CancellationToken cancellationToken)
    {
        ValidateMembership(partnershipId, municipalityCode);
        await caller.RequirePartnershipRoleAsync(partnershipId, PartnershipAccess.Manage, cancellationToken);
        return await grains.GetGrain<IPartnershipGrain>(partnershipId).OffboardAsync(municipalityCode);
    }

    /// <summary>
    /// The Danish municipalities whose name or code contains <paramref name="text"/> (case, accents and the Danish
    /// letters' written-out forms aside), sorted the Danish way, with whether each is a current member.
    /// </summary>
    public async Task<IReadOnlyList<(KnownMunicipality Municipality, bool Member)>> SearchMunicipalitiesAsync(
        string partnershipId, string text, CancellationToken cancellationToken)
    {
        var members = (await GetToManageAsync(partnershipId, cancellationToken)).CurrentMemberCodes.ToHashSet(StringComparer.Ordinal);
        return [.. referenceData.Search(text).Select(municipality => (municipality, members.Contains(municipality.Code)))];
    }

    /// <summary>The pending invitations are for the partnership's own roles, not for the roles of its members.</summary>
    private PartnershipSnapshot ForCaller(PartnershipSnapshot partnership) =>
        caller.RoleIn(partnership.Id) > PartnershipAccess.None ? partnership : partnership with { PendingInvitations = [] };

    private static void ValidateMembership(string partnershipId, string municipalityCode) =>
        new Validation()
            .Required(partnershipId, "partnership_id", 64)
            .MunicipalityCode(municipalityCode, "municipality_code")
            .ThrowIfInvalid();

    private static bool IsValidId(string id) =>
        id.Length is >= 3 and <= 64 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>"Center for Sundt Liv og Trivsel" becomes "center-for-sundt-liv-og-trivsel"; æ, ø and å are spelled out.</summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            slug.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => slug.Length > 0 && slug[^1] != '-' ? "-" : "",
            });
        }

        return slug.ToString().Trim('-');
    }
}
