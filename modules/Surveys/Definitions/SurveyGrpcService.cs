using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions.Templates;

namespace Platform.Surveys.Definitions;

/// <summary>
/// Survey definitions of a municipality or a partnership. A municipality's members and coordinators write its surveys;
/// a partnership's staff write the partnership's. Definitions hold no answers, so partnership staff and viewers read
/// their members' surveys, and members read (the published versions of) their partnerships' surveys.
/// </summary>
internal sealed class SurveyGrpcService(SurveyShelves shelves, TimeProvider clock) : SurveyService.SurveyServiceBase
{
    /// <summary>Titles are Danish: æ, ø and å sort after z.</summary>
    private static readonly StringComparer DanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    public override Task<ListTemplatesResponse> ListTemplates(ListTemplatesRequest request, ServerCallContext context) =>
        Task.FromResult(new ListTemplatesResponse { Templates = { SurveyTemplates.All } });

    public override async Task<Survey> CreateSurvey(CreateSurveyRequest request, ServerCallContext context)
    {
        var definition = request.Definition;
        if (request.TemplateId.Length > 0)
        {
            new Validation().Check(definition is null, "definition", "must be empty when template_id is given").ThrowIfInvalid();
            definition = SurveyTemplates.Find(request.TemplateId)?.Definition;
            new Validation().Check(definition is not null, "template_id", "must name a template from ListTemplates").ThrowIfInvalid();
        }

        DefinitionValidation.Validate(definition);
        await using var shelf = await OpenForWritingAsync(request.MunicipalityCode, request.PartnershipId, context);
        var (survey, version) = shelf.Add(request.TemplateId, definition!, clock.GetUtcNow());
        await shelf.Db.SaveChangesAsync(context.CancellationToken);
        return ToContract(survey, version);
    }

    public override async Task<Survey> UpdateSurvey(UpdateSurveyRequest request, ServerCallContext context)
    {
        DefinitionValidation.Validate(request.Definition);
        return await ChangeAsync(request.MunicipalityCode, request.PartnershipId, request.SurveyId, request.ExpectedVersion, context, (shelf, survey, latest, now) =>
        {
            if (!latest.Published)
            {
                SurveyShelf.Write(latest, request.Definition, now);
                return latest;
            }

            // A published version never changes: the edit becomes the next version, a draft.
            survey.LatestVersion++;
            return shelf.AddVersion(survey, survey.LatestVersion, request.Definition, now);
        });
    }

    public override Task<Survey> PublishSurvey(PublishSurveyRequest request, ServerCallContext context) =>
        ChangeAsync(request.MunicipalityCode, request.PartnershipId, request.SurveyId, request.ExpectedVersion, context, (_, survey, latest, now) =>
        {
            if (latest.Published)
            {
                throw new PreconditionFailedException($"Version {latest.Version} is published already; update the survey to make a new draft.");
            }

            latest.Published = true;
            latest.UpdatedAt = now;
            survey.PublishedVersion = latest.Version;
            return latest;
        });

    public override async Task<Survey> GetSurvey(GetSurveyRequest request, ServerCallContext context)
    {
        var id = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation().Check(request.Version >= 0, "version", "must be 0 (the newest) or a version number").ThrowIfInvalid();
        await using var shelf = await shelves.OpenAsync(request.MunicipalityCode, request.PartnershipId, AccessLevel.Aggregate, PartnershipAccess.View, context.CancellationToken);
        var survey = await shelf.RequireAsync(id, context.CancellationToken);
        var wanted = request.Version == 0 ? NewestShown(shelf, survey) : request.Version;
        var version = wanted <= NewestShown(shelf, survey) ? await shelf.FindVersionAsync(survey, wanted, context.CancellationToken) : null;
        return version is null ? throw new NotFoundException($"Survey {id} has no version {wanted}.") : ToContract(survey, version);
    }

    public override async Task<ListSurveysResponse> ListSurveys(ListSurveysRequest request, ServerCallContext context)
    {
        await using var shelf = await shelves.OpenAsync(request.MunicipalityCode, request.PartnershipId, AccessLevel.Aggregate, PartnershipAccess.View, context.CancellationToken);
        var surveys = new List<Survey>();
        foreach (var survey in await shelf.ListAsync(context.CancellationToken))
        {
            surveys.Add(ToContract(survey, (await shelf.FindVersionAsync(survey, NewestShown(shelf, survey), context.CancellationToken))!));
        }

        return new ListSurveysResponse { Surveys = { surveys.OrderBy(s => s.Definition.Title.Da, DanishOrder).ThenBy(s => s.Id, StringComparer.Ordinal) } };
    }

    /// <summary>The owner sees every version; a partnership's members see its published versions only.</summary>
    private static int NewestShown(SurveyShelf shelf, SurveyHead survey) => shelf.Owns(survey) ? survey.LatestVersion : survey.PublishedVersion;

    private Task<SurveyShelf> OpenForWritingAsync(string municipalityCode, string partnershipId, ServerCallContext context) =>
        shelves.OpenAsync(municipalityCode, partnershipId, AccessLevel.Contribute, PartnershipAccess.Manage, context.CancellationToken);

    private async Task<Survey> ChangeAsync(string municipalityCode, string partnershipId, string surveyId, int expectedVersion, ServerCallContext context,
        Func<SurveyShelf, SurveyHead, SurveyVersion, DateTimeOffset, SurveyVersion> change)
    {
        var id = SurveyIds.Parse(surveyId, "survey_id");
        new Validation().Check(expectedVersion > 0, "expected_version", "is required: the version of the survey you read").ThrowIfInvalid();
        await using var shelf = await OpenForWritingAsync(municipalityCode, partnershipId, context);
        var survey = await shelf.RequireAsync(id, context.CancellationToken);
        if (!shelf.Owns(survey))
        {
            throw new PermissionDeniedException(
                $"Survey {id} belongs to partnership '{((PartnershipSurveyRecord)survey).PartnershipId}': its staff change it, with partnership_id.");
        }

        if (survey.LatestVersion != expectedVersion)
        {
            throw new ConcurrencyConflictException($"Survey {id} is at version {survey.LatestVersion}, not {expectedVersion}: read it again and retry.");
        }

        var latest = (await shelf.FindVersionAsync(survey, survey.LatestVersion, context.CancellationToken))!;
        var now = clock.GetUtcNow();
        var changed = change(shelf, survey, latest, now);
        survey.UpdatedAt = now;
        try
        {
            await shelf.Db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || shelf.Db.ChangeTracker.Entries<SurveyVersion>().Any(e => e.State == EntityState.Added))
        {
            throw new ConcurrencyConflictException($"Survey {id} was changed at the same time: read it again and retry.");
        }

        return ToContract(survey, changed);
    }

    private static Survey ToContract(SurveyHead survey, SurveyVersion version) => new()
    {
        Id = survey.Id.ToString(),
        MunicipalityCode = (survey as SurveyRecord)?.MunicipalityCode ?? "",
        PartnershipId = (survey as PartnershipSurveyRecord)?.PartnershipId ?? "",
        Version = version.Version,
        State = version.Published ? SurveyState.Published : SurveyState.Draft,
        Definition = DefinitionJson.Read(version.DefinitionJson),
        TemplateId = survey.TemplateId,
        PublishedVersion = survey.PublishedVersion,
        UpdatedAt = Timestamp.FromDateTimeOffset(version.UpdatedAt),
    };
}
