using System.Net.Mail;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Core.V1;
using Platform.GrainInterfaces;
using Platform.Host.Modules;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Grpc.Services;

public sealed class MunicipalityGrpcService(
    IGrainFactory grains,
    CallerContext caller,
    ModuleCatalog modules,
    MunicipalityReferenceData referenceData,
    ModelContextFactory<PlatformDbContext> database) : MunicipalityService.MunicipalityServiceBase
{
    public override async Task<Municipality> GetMunicipality(GetMunicipalityRequest request, ServerCallContext context)
    {
        var municipality = await caller.RequireMunicipalityAsync(request.Code, AccessLevel.Aggregate, moduleId: null);
        return municipality.ToContract(modules, caller);
    }

    public override async Task<ListMunicipalitiesResponse> ListMunicipalities(ListMunicipalitiesRequest request, ServerCallContext context)
    {
        await using var db = database.Create();
        var codes = string.IsNullOrEmpty(request.PartnershipId)
            ? await db.Municipalities.Select(m => m.Code).OrderBy(code => code).ToListAsync(context.CancellationToken)
            : await db.Memberships.Where(m => m.PartnershipId == request.PartnershipId).Select(m => m.MunicipalityCode)
                .Distinct().OrderBy(code => code).ToListAsync(context.CancellationToken);
        var response = new ListMunicipalitiesResponse();
        foreach (var code in codes)
        {
            var municipality = await grains.GetGrain<IMunicipalityGrain>(code).GetAsync();
            if (municipality is not null && caller.AccessTo(municipality) >= AccessLevel.Aggregate)
            {
                response.Municipalities.Add(municipality.ToContract(modules, caller));
            }
        }

        return response;
    }

    public override async Task<ListKnownMunicipalitiesResponse> ListKnownMunicipalities(
        ListKnownMunicipalitiesRequest request, ServerCallContext context)
    {
        await using var db = database.Create();
        var onboarded = (await db.Municipalities.Select(m => m.Code).ToListAsync(context.CancellationToken)).ToHashSet();
        return new ListKnownMunicipalitiesResponse
        {
            Municipalities =
            {
                referenceData.All.Select(known => new Contracts.Core.V1.KnownMunicipality
                {
                    Code = known.Code,
                    Name = known.Name,
                    RegionCode = known.RegionCode,
                    RegionName = known.RegionName,
                    Onboarded = onboarded.Contains(known.Code),
                }),
            },
        };
    }

    public override async Task<Municipality> AddLocalArea(AddLocalAreaRequest request, ServerCallContext context)
    {
        new Validation().Required(request.Name, "name").ThrowIfInvalid();
        await caller.RequireAsync(request.Code, AccessLevel.Manage, context.CancellationToken);
        var changed = await grains.GetGrain<IMunicipalityGrain>(request.Code).AddLocalAreaAsync(request.Name.Trim(), request.ExpectedVersion);
        return changed.ToContract(modules, caller);
    }

    public override async Task<Municipality> UpdateLocalArea(UpdateLocalAreaRequest request, ServerCallContext context)
    {
        new Validation()
            .Required(request.LocalAreaId, "local_area_id", 36)
            .Required(request.Name, "name")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.Code, AccessLevel.Manage, context.CancellationToken);
        var changed = await grains.GetGrain<IMunicipalityGrain>(request.Code)
            .UpdateLocalAreaAsync(request.LocalAreaId, request.Name.Trim(), request.Retired, request.ExpectedVersion);
        return changed.ToContract(modules, caller);
    }

    public override async Task<Municipality> UpdateContactSettings(UpdateContactSettingsRequest request, ServerCallContext context)
    {
        var contact = request.Contact ?? new ContactSettings();
        var language = string.IsNullOrEmpty(contact.Language) ? "da" : contact.Language;
        new Validation()
            .Check(contact.FunctionalEmail.Length == 0 || MailAddress.TryCreate(contact.FunctionalEmail, out _), "contact.functional_email", "must be an e-mail address")
            .MaxLength(contact.FunctionalEmail, "contact.functional_email", 254)
            .MaxLength(contact.Phone, "contact.phone", 40)
            .Check(language is "da" or "en", "contact.language", "must be \"da\" or \"en\"")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.Code, AccessLevel.Manage, context.CancellationToken);
        var changed = await grains.GetGrain<IMunicipalityGrain>(request.Code).UpdateContactAsync(
            new ContactSnapshot(contact.FunctionalEmail, contact.Phone, language), request.ExpectedVersion);
        return changed.ToContract(modules, caller);
    }

    public override async Task<Municipality> SetModuleEnabled(SetModuleEnabledRequest request, ServerCallContext context)
    {
        new Validation()
            .Check(modules.IsLoaded(request.ModuleId), "module_id",
                $"must be a loaded module: {string.Join(", ", modules.Loaded.Select(m => m.Id).DefaultIfEmpty("(none loaded)"))}")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.Code, AccessLevel.Manage, context.CancellationToken);
        var changed = await grains.GetGrain<IMunicipalityGrain>(request.Code).SetModuleEnabledAsync(request.ModuleId, request.Enabled);
        return changed.ToContract(modules, caller);
    }
}
