using Grpc.Core;
using Platform.Contracts.Core.V1;
using Platform.Host.Modules;
using Platform.Host.Tenancy;
using Platform.Sdk.Audit;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.PersonalData;

namespace Platform.Host.Grpc.Services;

/// <summary>
/// Exports and erases one person's data across every loaded module of one municipality. An export finds a person by
/// e-mail address or name; an erasure, and its preview, by the exact e-mail address only, so a namesake keeps theirs.
/// </summary>
public sealed class PersonalDataGrpcService(
    IEnumerable<PersonalDataRegistration> registrations,
    IServiceProvider services,
    CallerContext caller,
    IAuditTrail audit) : PersonalDataService.PersonalDataServiceBase
{
    public override async Task<ExportPersonalDataResponse> ExportPersonalData(PersonalDataRequest request, ServerCallContext context)
    {
        var response = await ExportAsync(await AuthorizeAsync(request, context.CancellationToken), context.CancellationToken);
        await audit.RecordAsync(AuditActions.PersonalDataExported, request.MunicipalityCode, null, null,
            $"{response.Items.Count} records", context.CancellationToken);
        return response;
    }

    public override async Task<ExportPersonalDataResponse> PreviewErasure(PersonalDataRequest request, ServerCallContext context) =>
        await ExportAsync(await AuthorizeErasureAsync(request, context.CancellationToken), context.CancellationToken);

    public override async Task<ErasePersonalDataResponse> ErasePersonalData(PersonalDataRequest request, ServerCallContext context)
    {
        var person = await AuthorizeErasureAsync(request, context.CancellationToken);
        var response = new ErasePersonalDataResponse();
        foreach (var registration in registrations)
        {
            var handler = (IPersonalDataHandler)services.GetRequiredService(registration.HandlerType);
            response.Erased.Add(new ErasedCount
            {
                ModuleId = registration.ModuleId,
                Records = await handler.EraseAsync(person, context.CancellationToken),
            });
        }

        await audit.RecordAsync(AuditActions.PersonalDataErased, request.MunicipalityCode, null, null,
            $"{response.Erased.Sum(erased => erased.Records)} records", context.CancellationToken);
        return response;
    }

    private async Task<ExportPersonalDataResponse> ExportAsync(PersonReference person, CancellationToken cancellationToken)
    {
        var response = new ExportPersonalDataResponse();
        foreach (var registration in registrations)
        {
            var handler = (IPersonalDataHandler)services.GetRequiredService(registration.HandlerType);
            foreach (var record in await handler.ExportAsync(person, cancellationToken))
            {
                response.Items.Add(new PersonalDataItem { ModuleId = registration.ModuleId, Category = record.Category, Json = record.Json });
            }
        }

        return response;
    }

    private async Task<PersonReference> AuthorizeAsync(PersonalDataRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .MunicipalityCode(request.MunicipalityCode, "municipality_code")
            .Check(request.Email.Length > 0 || request.Name.Length > 0, "email", "give the person's e-mail address or name")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Manage, cancellationToken);
        return new PersonReference(request.MunicipalityCode, NullIfEmpty(request.Email), NullIfEmpty(request.Name));
    }

    private async Task<PersonReference> AuthorizeErasureAsync(PersonalDataRequest request, CancellationToken cancellationToken)
    {
        new Validation()
            .MunicipalityCode(request.MunicipalityCode, "municipality_code")
            .Check(
                request.Email.Contains('@', StringComparison.Ordinal),
                "email",
                "give the person's exact e-mail address: erasure never matches by name, which would erase namesakes too (find the address with ExportPersonalData by name)")
            .ThrowIfInvalid();
        await caller.RequireAsync(request.MunicipalityCode, AccessLevel.Manage, cancellationToken);
        return new PersonReference(request.MunicipalityCode, request.Email.Trim(), Name: null);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value.Trim();
}
