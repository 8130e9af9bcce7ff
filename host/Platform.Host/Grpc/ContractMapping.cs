using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Core.V1;
using Platform.GrainInterfaces;
using Platform.Host.Modules;
using Platform.Host.Partnerships.Invitations;
using Platform.Host.Tenancy;
using WireInvitationState = Platform.Contracts.Core.V1.InvitationState;

namespace Platform.Host.Grpc;

/// <summary>Grain snapshots to their wire form.</summary>
public static class ContractMapping
{
    public static Municipality ToContract(this MunicipalitySnapshot municipality, ModuleCatalog modules, CallerContext caller) => new()
    {
        Code = municipality.Code,
        Name = municipality.Name,
        RegionCode = municipality.RegionCode,
        RegionName = municipality.RegionName,
        LocalAreas = { municipality.LocalAreas.Select(area => new LocalArea { Id = area.Id, Name = area.Name, Retired = area.Retired }) },
        Contact = new ContactSettings
        {
            FunctionalEmail = municipality.Contact.FunctionalEmail,
            Phone = municipality.Contact.Phone,
            Language = municipality.Contact.Language,
        },
        Modules =
        {
            modules.Loaded.Select(manifest => new ModuleSwitch
            {
                ModuleId = manifest.Id,
                Enabled = caller.IsModuleEnabled(municipality, manifest.Id),
                Explicit = municipality.ModuleSwitches.ContainsKey(manifest.Id),
            }),
        },
        Memberships =
        {
            municipality.Memberships.Select(membership => new MembershipPeriod
            {
                PartnershipId = membership.PartnershipId,
                PartnershipName = membership.PartnershipName,
                JoinedAt = Timestamp.FromDateTimeOffset(membership.JoinedAt),
                LeftAt = membership.LeftAt is { } left ? Timestamp.FromDateTimeOffset(left) : null,
            }),
        },
        OnboardedAt = Timestamp.FromDateTimeOffset(municipality.OnboardedAt),
        Version = municipality.Version,
    };

    public static Partnership ToContract(this PartnershipSnapshot partnership) => new()
    {
        Id = partnership.Id,
        Name = partnership.Name,
        CentreName = partnership.CentreName,
        Description = partnership.Description,
        CreatedAt = Timestamp.FromDateTimeOffset(partnership.CreatedAt),
        Members =
        {
            partnership.Members.Select(member => new Member
            {
                MunicipalityCode = member.MunicipalityCode,
                MunicipalityName = member.MunicipalityName,
                JoinedAt = Timestamp.FromDateTimeOffset(member.JoinedAt),
                LeftAt = member.LeftAt is { } left ? Timestamp.FromDateTimeOffset(left) : null,
            }),
        },
        Invitations = { partnership.PendingInvitations.Select(invitation => invitation.ToContract()) },
    };

    public static MembershipInvitation ToContract(this InvitationView view)
    {
        var invitation = view.Invitation.ToContract();
        invitation.Readable.AddRange(view.Readable.Select(module => new ReadableModuleData
        {
            ModuleId = module.ModuleId,
            ModuleName = module.ModuleName,
            Categories = { module.Categories.Select(category => new ReadableDataCategory { Danish = category.Danish, English = category.English }) },
        }));
        return invitation;
    }

    private static MembershipInvitation ToContract(this MembershipInvitationSnapshot invitation) => new()
    {
        Id = invitation.Id,
        PartnershipId = invitation.PartnershipId,
        PartnershipName = invitation.PartnershipName,
        CentreName = invitation.CentreName,
        MunicipalityCode = invitation.MunicipalityCode,
        MunicipalityName = invitation.MunicipalityName,
        State = (WireInvitationState)invitation.State,
        InvitedAt = Timestamp.FromDateTimeOffset(invitation.InvitedAt),
        DecidedAt = invitation.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
    };
}
