using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Modules;
using Platform.Host.Municipalities;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;

namespace Platform.Host.Grpc.Services;

/// <summary>The municipality service over gRPC: a thin adapter of <see cref="MunicipalitySettings"/>.</summary>
public sealed class MunicipalityGrpcService(MunicipalitySettings settings, ModuleCatalog modules, CallerContext caller)
    : MunicipalityService.MunicipalityServiceBase
{
    public override async Task<Municipality> GetMunicipality(GetMunicipalityRequest request, ServerCallContext context) =>
        (await settings.GetAsync(request.Code, AccessLevel.Aggregate)).ToContract(modules, caller);

    public override async Task<ListMunicipalitiesResponse> ListMunicipalities(ListMunicipalitiesRequest request, ServerCallContext context) =>
        new()
        {
            Municipalities =
            {
                (await settings.ListAsync(request.PartnershipId, context.CancellationToken)).Select(municipality => municipality.ToContract(modules, caller)),
            },
        };

    public override async Task<ListKnownMunicipalitiesResponse> ListKnownMunicipalities(
        ListKnownMunicipalitiesRequest request, ServerCallContext context) =>
        new()
        {
            Municipalities =
            {
                (await settings.ListKnownAsync(context.CancellationToken)).Select(known => new Contracts.Core.V1.KnownMunicipality
                {
                    Code = known.Municipality.Code,
                    Name = known.Municipality.Name,
                    RegionCode = known.Municipality.RegionCode,
                    RegionName = known.Municipality.RegionName,
                    Onboarded = known.Onboarded,
                }),
            },
        };

    public override async Task<Municipality> AddLocalArea(AddLocalAreaRequest request, ServerCallContext context) =>
        (await settings.AddLocalAreaAsync(request.Code, request.Name, request.ExpectedVersion, context.CancellationToken)).ToContract(modules, caller);

    public override async Task<Municipality> UpdateLocalArea(UpdateLocalAreaRequest request, ServerCallContext context) =>
        (await settings.UpdateLocalAreaAsync(
            request.Code, request.LocalAreaId, request.Name, request.Retired, request.ExpectedVersion, context.CancellationToken)).ToContract(modules, caller);

    public override async Task<Municipality> UpdateContactSettings(UpdateContactSettingsRequest request, ServerCallContext context)
    {
        var contact = request.Contact ?? new ContactSettings();
        return (await settings.UpdateContactAsync(
            request.Code, contact.FunctionalEmail, contact.Phone, contact.Language, request.ExpectedVersion, context.CancellationToken)).ToContract(modules, caller);
    }

    public override async Task<Municipality> SetModuleEnabled(SetModuleEnabledRequest request, ServerCallContext context) =>
        (await settings.SetModuleEnabledAsync(request.Code, request.ModuleId, request.Enabled, context.CancellationToken)).ToContract(modules, caller);
}
