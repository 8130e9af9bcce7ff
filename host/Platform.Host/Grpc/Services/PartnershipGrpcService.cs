using System.Text;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.GrainInterfaces;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Grpc.Services;

public sealed class PartnershipGrpcService(
    IGrainFactory grains,
    CallerContext caller,
    ModelContextFactory<PlatformDbContext> database) : PartnershipService.PartnershipServiceBase
{
    public override async Task<Partnership> CreatePartnership(CreatePartnershipRequest request, ServerCallContext context)
    {
        caller.RequireAdmin();
        var id = string.IsNullOrEmpty(request.Id) ? Slug(request.Name) : request.Id;
        new Validation()
            .Required(request.Name, "name")
            .Required(request.CentreName, "centre_name")
            .MaxLength(request.Description, "description", 2000)
            .Check(IsValidId(id), "id", "must be 3-64 lower-case letters, digits and '-' (derived from the name when empty)")
            .ThrowIfInvalid();
        var created = await grains.GetGrain<IPartnershipGrain>(id)
            .CreateAsync(request.Name.Trim(), request.CentreName.Trim(), request.Description.Trim());
        return created.ToContract();
    }

    public override async Task<Partnership> GetPartnership(GetPartnershipRequest request, ServerCallContext context)
    {
        new Validation().Required(request.Id, "id", 64).ThrowIfInvalid();
        var partnership = await grains.GetGrain<IPartnershipGrain>(request.Id).GetAsync();
        if (partnership is null || !caller.CanSee(partnership))
        {
            throw caller.Caller.IsAdmin
                ? new NotFoundException($"No partnership has the id '{request.Id}'.")
                : new PermissionDeniedException($"The caller may not read partnership '{request.Id}'.");
        }

        return partnership.ToContract();
    }

    public override async Task<ListPartnershipsResponse> ListPartnerships(ListPartnershipsRequest request, ServerCallContext context)
    {
        await using var db = database.Create();
        var ids = await db.Partnerships.Select(p => p.Id).OrderBy(id => id).ToListAsync(context.CancellationToken);
        var response = new ListPartnershipsResponse();
        foreach (var id in ids)
        {
            var partnership = await grains.GetGrain<IPartnershipGrain>(id).GetAsync();
            if (partnership is not null && caller.CanSee(partnership))
            {
                response.Partnerships.Add(partnership.ToContract());
            }
        }

        return response;
    }

    public override async Task<Partnership> OnboardMunicipality(OnboardMunicipalityRequest request, ServerCallContext context)
    {
        ValidateMembership(request.PartnershipId, request.MunicipalityCode);
        await caller.RequirePartnershipRoleAsync(request.PartnershipId, PartnershipAccess.Manage, context.CancellationToken);
        return (await grains.GetGrain<IPartnershipGrain>(request.PartnershipId).OnboardAsync(request.MunicipalityCode)).ToContract();
    }

    public override async Task<Partnership> OffboardMunicipality(OffboardMunicipalityRequest request, ServerCallContext context)
    {
        ValidateMembership(request.PartnershipId, request.MunicipalityCode);
        await caller.RequirePartnershipRoleAsync(request.PartnershipId, PartnershipAccess.Manage, context.CancellationToken);
        return (await grains.GetGrain<IPartnershipGrain>(request.PartnershipId).OffboardAsync(request.MunicipalityCode)).ToContract();
    }

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
