using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Callers;
using Platform.Sdk.Errors;
using Platform.Sdk.Tenancy;
using Platform.Surveys.Data;
using Platform.Surveys.Definitions.Templates;

namespace Platform.Surveys.Definitions;

/// <summary>
/// Survey definitions of a municipality or a partnership. A municipality's members and coordinators write its surveys;
/// a partnership's staff write the partnership's. Definitions hold no answers, so partnership staff and viewers read
/// their members' surveys, and members read (the published versions of) their partnerships' surveys, which the SDK
/// shares with a municipality's context. The one application path of the gRPC service and (later) the pages.
/// </summary>
internal sealed class SurveyCatalogue(ITenantDbContextFactory<SurveysDb> databases, TimeProvider clock)
{
    /// <summary>Titles are Danish: æ, ø and å sort after z.</summary>
    private static readonly StringComparer DanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: true);

    public static ListTemplatesResponse ListTemplates() => new() { Templates = { SurveyTemplates.All } };

    public async Task<Survey> CreateAsync(CreateSurveyRequest request, CancellationToken cancellationToken)
    {
        var definition = request.Definition;
        if (request.TemplateId.Length > 0)
        {
            new Validation().Check(definition is null, "definition", "must be empty when template_id is given").ThrowIfInvalid();
            definition = SurveyTemplates.Find(request.TemplateId)?.Definition;
            new Validation().Check(definition is not null, "template_id", "must name a template from ListTemplates").ThrowIfInvalid();
        }

        DefinitionValidation.Validate(definition);
        await using var db = await OpenForWritingAsync(request.MunicipalityCode, request.PartnershipId, cancellationToken);
        SurveyHead survey = request.PartnershipId.Length > 0
            ? new PartnershipSurveyRecord { PartnershipId = request.PartnershipId }
            : new SurveyRecord { MunicipalityCode = request.MunicipalityCode };
        var now = clock.GetUtcNow();
        survey.Id = Guid.NewGuid();
        survey.TemplateId = request.TemplateId;
        survey.LatestVersion = 1;
        survey.UpdatedAt = now;
        db.Add(survey);
        var version = AddVersion(db, survey, definition!, now);
        await db.SaveChangesAsync(cancellationToken);
        return ToContract(survey, version);
    }

    public async Task<Survey> UpdateAsync(UpdateSurveyRequest request, CancellationToken cancellationToken)
    {
        DefinitionValidation.Validate(request.Definition);
        return await ChangeAsync(request.MunicipalityCode, request.PartnershipId, request.SurveyId, request.ExpectedVersion, cancellationToken, (db, survey, latest, now) =>
        {
            if (!latest.Published)
            {
                Write(latest, request.Definition, now);
                return latest;
            }

            // A published version never changes: the edit becomes the next version, a draft.
            survey.LatestVersion++;
            return AddVersion(db, survey, request.Definition, now);
        });
    }

    public Task<Survey> PublishAsync(PublishSurveyRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(request.MunicipalityCode, request.PartnershipId, request.SurveyId, request.ExpectedVersion, cancellationToken, (_, survey, latest, now) =>
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

    public async Task<Survey> GetAsync(GetSurveyRequest request, CancellationToken cancellationToken)
    {
        var id = SurveyIds.Parse(request.SurveyId, "survey_id");
        new Validation().Check(request.Version >= 0, "version", "must be 0 (the newest) or a version number").ThrowIfInvalid();
        await using var db = await OpenAsync(request.MunicipalityCode, request.PartnershipId, AccessLevel.Aggregate, PartnershipAccess.View, cancellationToken);
        var survey = await db.RequireSurveyAsync(id, cancellationToken);
        var wanted = request.Version == 0 ? db.NewestShown(survey) : request.Version;
        var version = wanted <= db.NewestShown(survey) ? await db.FindVersionAsync(survey, wanted, cancellationToken) : null;
        return version is null ? throw new NotFoundException($"Survey {id} has no version {wanted}.") : ToContract(survey, version);
    }

    public async Task<ListSurveysResponse> ListAsync(ListSurveysRequest request, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(request.MunicipalityCode, request.PartnershipId, AccessLevel.Aggregate, PartnershipAccess.View, cancellationToken);
        var surveys = new List<Survey>();
        foreach (var survey in await db.ListSurveysAsync(cancellationToken))
        {
            surveys.Add(ToContract(survey, (await db.FindVersionAsync(survey, db.NewestShown(survey), cancellationToken))!));
        }

        return new ListSurveysResponse { Surveys = { surveys.OrderBy(s => s.Definition.Title.Da, DanishOrder).ThenBy(s => s.Id, StringComparer.Ordinal) } };
    }

    /// <summary>
    /// The context of the owner a request names: exactly one of <paramref name="municipalityCode"/> and
    /// <paramref name="partnershipId"/>, reached with the municipality access or the partnership role given.
    /// </summary>
    private Task<SurveysDb> OpenAsync(
        string municipalityCode, string partnershipId, AccessLevel municipalityAccess, PartnershipAccess partnershipAccess, CancellationToken cancellationToken)
    {
        new Validation()
            .Check(municipalityCode.Length > 0 ^ partnershipId.Length > 0, "municipality_code", "give either municipality_code or partnership_id")
            .ThrowIfInvalid();
        return partnershipId.Length > 0
            ? databases.OpenPartnershipAsync(partnershipId, partnershipAccess, cancellationToken)
            : databases.OpenAsync(municipalityCode, municipalityAccess, cancellationToken);
    }

    private Task<SurveysDb> OpenForWritingAsync(string municipalityCode, string partnershipId, CancellationToken cancellationToken) =>
        OpenAsync(municipalityCode, partnershipId, AccessLevel.Contribute, PartnershipAccess.Manage, cancellationToken);

    /// <summary>A new draft version of the survey (its newest, <see cref="SurveyHead.LatestVersion"/>), added to the context.</summary>
    private static SurveyVersion AddVersion(SurveysDb db, SurveyHead survey, SurveyDefinition definition, DateTimeOffset now)
    {
        var version = survey.NewVersion(survey.LatestVersion);
        Write(version, definition, now);
        db.Add(version);
        return version;
    }

    /// <summary>Writes the definition into a version (a new one, or a draft being edited).</summary>
    private static void Write(SurveyVersion version, SurveyDefinition definition, DateTimeOffset now)
    {
        version.DefinitionJson = DefinitionJson.Write(DefinitionValidation.Normalised(definition));
        version.Audience = (int)definition.Audience;
        version.UpdatedAt = now;
    }

    private async Task<Survey> ChangeAsync(string municipalityCode, string partnershipId, string surveyId, int expectedVersion, CancellationToken cancellationToken,
        Func<SurveysDb, SurveyHead, SurveyVersion, DateTimeOffset, SurveyVersion> change)
    {
        var id = SurveyIds.Parse(surveyId, "survey_id");
        new Validation().Check(expectedVersion > 0, "expected_version", "is required: the version of the survey you read").ThrowIfInvalid();
        await using var db = await OpenForWritingAsync(municipalityCode, partnershipId, cancellationToken);
        var survey = await db.RequireSurveyAsync(id, cancellationToken);
        if (!db.Owns(survey))
        {
            throw new PermissionDeniedException(
                $"Survey {id} belongs to partnership '{((PartnershipSurveyRecord)survey).PartnershipId}': its staff change it, with partnership_id.");
        }

        if (survey.LatestVersion != expectedVersion)
        {
            throw new ConcurrencyConflictException($"Survey {id} is at version {survey.LatestVersion}, not {expectedVersion}: read it again and retry.");
        }

        var latest = (await db.FindVersionAsync(survey, survey.LatestVersion, cancellationToken))!;
        var now = clock.GetUtcNow();
        var changed = change(db, survey, latest, now);
        survey.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || db.ChangeTracker.Entries<SurveyVersion>().Any(e => e.State == EntityState.Added))
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
