using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Errors;
using Platform.Surveys.Data;

namespace Platform.Surveys.Definitions;

/// <summary>
/// The surveys one owner reaches in an open context: a municipality's (<see cref="MunicipalityShelf"/>) or a
/// partnership's (<see cref="PartnershipShelf"/>). Every read of a survey goes through a shelf, because a partnership's
/// surveys have no tenant filter of their own: the shelf decides who reaches them.
/// </summary>
internal abstract class SurveyShelf(SurveysDb db) : IAsyncDisposable
{
    public SurveysDb Db { get; } = db;

    /// <summary>A survey the owner reaches, or null.</summary>
    public abstract Task<SurveyHead?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Every survey the owner reaches.</summary>
    public abstract Task<List<SurveyHead>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Whether the owner writes the survey (not only collects answers to it).</summary>
    public abstract bool Owns(SurveyHead survey);

    /// <summary>A new survey of the owner, added to the context without versions.</summary>
    protected abstract SurveyHead NewSurvey(string templateId, DateTimeOffset now);

    /// <summary>The survey, or NotFound naming it.</summary>
    public async Task<SurveyHead> RequireAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? throw new NotFoundException($"No survey {id} here.");

    /// <summary>A new survey with the definition as its draft version 1, added to the context.</summary>
    public (SurveyHead Survey, SurveyVersion Version) Add(string templateId, SurveyDefinition definition, DateTimeOffset now)
    {
        var survey = NewSurvey(templateId, now);
        survey.LatestVersion = 1;
        return (survey, AddVersion(survey, 1, definition, now));
    }

    /// <summary>A new draft version of the survey, added to the context.</summary>
    public SurveyVersion AddVersion(SurveyHead survey, int number, SurveyDefinition definition, DateTimeOffset now)
    {
        SurveyVersion version = survey is SurveyRecord own
            ? new SurveyVersionRecord { MunicipalityCode = own.MunicipalityCode, DefinitionJson = "" }
            : new PartnershipSurveyVersionRecord { DefinitionJson = "" };
        version.SurveyId = survey.Id;
        version.Version = number;
        Write(version, definition, now);
        Db.Add(version);
        return version;
    }

    /// <summary>Writes the definition into a version (a new one, or a draft being edited).</summary>
    public static void Write(SurveyVersion version, SurveyDefinition definition, DateTimeOffset now)
    {
        version.DefinitionJson = DefinitionJson.Write(DefinitionValidation.Normalised(definition));
        version.Audience = (int)definition.Audience;
        version.UpdatedAt = now;
    }

    public async Task<SurveyVersion?> FindVersionAsync(SurveyHead survey, int version, CancellationToken cancellationToken) =>
        survey is PartnershipSurveyRecord
            ? await Db.PartnershipSurveyVersions.SingleOrDefaultAsync(v => v.SurveyId == survey.Id && v.Version == version, cancellationToken)
            : await Db.SurveyVersions.SingleOrDefaultAsync(v => v.SurveyId == survey.Id && v.Version == version, cancellationToken);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
