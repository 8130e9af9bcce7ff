using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions.Templates;

namespace Platform.Surveys.Definitions;

/// <summary>
/// Survey definitions of one municipality. Members and coordinators write them; the municipality's roles and
/// partnership staff read them (a definition holds no answers).
/// </summary>
public sealed class SurveyGrpcService(ITenantDbContextFactory<SurveysDb> databases) : SurveyService.SurveyServiceBase
{
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
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Contribute, context.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        var survey = new SurveyRecord
        {
            Id = Guid.NewGuid(),
            MunicipalityCode = request.MunicipalityCode,
            TemplateId = request.TemplateId,
            LatestVersion = 1,
            UpdatedAt = now,
        };
        var version = NewVersion(survey, 1, definition!, now);
        survey.Versions.Add(version);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(context.CancellationToken);
        return ToContract(survey, version);
    }

    public override async Task<Survey> UpdateSurvey(UpdateSurveyRequest request, ServerCallContext context)
    {
        DefinitionValidation.Validate(request.Definition);
        return await ChangeAsync(request.MunicipalityCode, request.SurveyId, request.ExpectedVersion, context, (db, survey, latest, now) =>
        {
            if (!latest.Published)
            {
                latest.DefinitionJson = DefinitionJson.Write(DefinitionValidation.Normalised(request.Definition));
                latest.Audience = (int)request.Definition.Audience;
                latest.UpdatedAt = now;
                return latest;
            }

            // A published version never changes: the edit becomes the next version, a draft.
            survey.LatestVersion++;
            var draft = NewVersion(survey, survey.LatestVersion, request.Definition, now);
            db.SurveyVersions.Add(draft);
            return draft;
        });
    }

    public override Task<Survey> PublishSurvey(PublishSurveyRequest request, ServerCallContext context) =>
        ChangeAsync(request.MunicipalityCode, request.SurveyId, request.ExpectedVersion, context, (_, survey, latest, now) =>
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
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, context.CancellationToken);
        var survey = await LoadAsync(db, id, context.CancellationToken);
        var wanted = request.Version == 0 ? survey.LatestVersion : request.Version;
        var version = await db.SurveyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.SurveyId == id && v.Version == wanted, context.CancellationToken)
            ?? throw new NotFoundException($"Survey {id} has no version {wanted}.");
        return ToContract(survey, version);
    }

    private async Task<Survey> ChangeAsync(string municipalityCode, string surveyId, int expectedVersion, ServerCallContext context,
        Func<SurveysDb, SurveyRecord, SurveyVersionRecord, DateTimeOffset, SurveyVersionRecord> change)
    {
        var id = SurveyIds.Parse(surveyId, "survey_id");
        new Validation().Check(expectedVersion > 0, "expected_version", "is required: the version of the survey you read").ThrowIfInvalid();
        await using var db = await databases.OpenAsync(municipalityCode, AccessLevel.Contribute, context.CancellationToken);
        var survey = await LoadAsync(db, id, context.CancellationToken);
        if (survey.LatestVersion != expectedVersion)
        {
            throw new ConcurrencyConflictException($"Survey {id} is at version {survey.LatestVersion}, not {expectedVersion}: read it again and retry.");
        }

        var latest = await db.SurveyVersions.SingleAsync(v => v.SurveyId == id && v.Version == survey.LatestVersion, context.CancellationToken);
        var now = DateTimeOffset.UtcNow;
        var changed = change(db, survey, latest, now);
        survey.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || db.ChangeTracker.Entries<SurveyVersionRecord>().Any(e => e.State == EntityState.Added))
        {
            throw new ConcurrencyConflictException($"Survey {id} was changed at the same time: read it again and retry.");
        }

        return ToContract(survey, changed);
    }

    private static async Task<SurveyRecord> LoadAsync(SurveysDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException($"No survey {id} in this municipality.");

    private static SurveyVersionRecord NewVersion(SurveyRecord survey, int number, SurveyDefinition definition, DateTimeOffset now) => new()
    {
        SurveyId = survey.Id,
        Version = number,
        MunicipalityCode = survey.MunicipalityCode,
        Audience = (int)definition.Audience,
        DefinitionJson = DefinitionJson.Write(DefinitionValidation.Normalised(definition)),
        UpdatedAt = now,
    };

    private static Survey ToContract(SurveyRecord survey, SurveyVersionRecord version) => new()
    {
        Id = survey.Id.ToString(),
        MunicipalityCode = survey.MunicipalityCode,
        Version = version.Version,
        State = version.Published ? SurveyState.Published : SurveyState.Draft,
        Definition = DefinitionJson.Read(version.DefinitionJson),
        TemplateId = survey.TemplateId,
        PublishedVersion = survey.PublishedVersion,
        UpdatedAt = Timestamp.FromDateTimeOffset(version.UpdatedAt),
    };
}
