using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Platform.GrainInterfaces;
using Platform.Host.Modules;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;

namespace Platform.Host.Municipalities;

/// <summary>
/// A municipality's own settings (local areas, contact details, module switches), for the gRPC service and the web
/// pages alike: its roles and the staff of its partnerships read them as far as their access reaches; its coordinator
/// and administrators change them. Every change but a switch carries the version the caller read.
/// </summary>
public sealed class MunicipalitySettings(
    IGrainFactory grains,
    CallerContext caller,
    ModuleCatalog modules,
    MunicipalityReferenceData referenceData,
    ModelContextFactory<PlatformDbContext> database)
{
    public Task<MunicipalitySnapshot> GetAsync(string code, AccessLevel required) =>
        caller.RequireMunicipalityAsync(code, required, moduleId: null);

    /// <summary>The municipalities the caller reaches at least in aggregate, those of one partnership's memberships if given.</summary>
    public async Task<IReadOnlyList<MunicipalitySnapshot>> ListAsync(string? partnershipId, CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var codes = string.IsNullOrEmpty(partnershipId)
            ? await db.Municipalities.Select(m => m.Code).OrderBy(code => code).ToListAsync(cancellationToken)
            : await db.Memberships.Where(m => m.PartnershipId == partnershipId).Select(m => m.MunicipalityCode)
                .Distinct().OrderBy(code => code).ToListAsync(cancellationToken);
        var reached = new List<MunicipalitySnapshot>();
        foreach (var code in codes)
        {
            if (await grains.GetGrain<IMunicipalityGrain>(code).GetAsync() is { } municipality && caller.AccessTo(municipality) >= AccessLevel.Aggregate)
            {
                reached.Add(municipality);
            }
        }

        return reached;
    }

    /// <summary>The 98 Danish municipalities with whether each is onboarded.</summary>
    public async Task<IReadOnlyList<(KnownMunicipality Municipality, bool Onboarded)>> ListKnownAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Create();
        var onboarded = (await db.Municipalities.Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. referenceData.All.Select(known => (known, onboarded.Contains(known.Code)))];
    }

    public async Task<MunicipalitySnapshot> AddLocalAreaAsync(string code, string name, long expectedVersion, CancellationToken cancellationToken)
    {
        new Validation().Required(name, "name").ThrowIfInvalid();
        await caller.RequireAsync(code, AccessLevel.Manage, cancellationToken);
        return await grains.GetGrain<IMunicipalityGrain>(code).AddLocalAreaAsync(name.Trim(), expectedVersion);
    }

    /// <summary>Renames a local area, retires it or brings it back.</summary>
    public async Task<MunicipalitySnapshot> UpdateLocalAreaAsync(
        string code, string localAreaId, string name, bool retired, long expectedVersion, CancellationToken cancellationToken)
    {
        new Validation()
            .Required(localAreaId, "local_area_id", 36)
            .Required(name, "name")
            .ThrowIfInvalid();
        await caller.RequireAsync(code, AccessLevel.Manage, cancellationToken);
        return await grains.GetGrain<IMunicipalityGrain>(code).UpdateLocalAreaAsync(localAreaId, name.Trim(), retired, expectedVersion);
    }

    public async Task<MunicipalitySnapshot> UpdateContactAsync(
        string code, string functionalEmail, string phone, string language, long expectedVersion, CancellationToken cancellationToken)
    {
        (functionalEmail, phone, language) = (functionalEmail.Trim(), phone.Trim(), string.IsNullOrEmpty(language) ? "da" : language);
        new Validation()
            .Check(functionalEmail.Length == 0 || MailAddress.TryCreate(functionalEmail, out _), "contact.functional_email", "must be an e-mail address")
            .MaxLength(functionalEmail, "contact.functional_email", 254)
            .MaxLength(phone, "contact.phone", 40)
            .Check(language is "da" or "en", "contact.language", "must be \"da\" or \"en\"")
            .ThrowIfInvalid();
        await caller.RequireAsync(code, AccessLevel.Manage, cancellationToken);
        return await grains.GetGrain<IMunicipalityGrain>(code).UpdateContactAsync(new ContactSnapshot(functionalEmail, phone, language), expectedVersion);
    }

    public async Task<MunicipalitySnapshot> SetModuleEnabledAsync(string code, string moduleId, bool enabled, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(modules.IsLoaded(moduleId), "module_id",
                $"must be a loaded module: {string.Join(", ", modules.Loaded.Select(m => m.Id).DefaultIfEmpty("(none loaded)"))}")
            .ThrowIfInvalid();
        await caller.RequireAsync(code, AccessLevel.Manage, cancellationToken);
        return await grains.GetGrain<IMunicipalityGrain>(code).SetModuleEnabledAsync(moduleId, enabled);
    }
}
