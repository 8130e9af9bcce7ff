using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Errors;

namespace Platform.Surveys.Data;

/// <summary>
/// The surveys an open context reaches, whoever owns them. Which rows are visible is the SDK's business: in a
/// municipality's context its own surveys and those its partnerships share with it, in a partnership's context the
/// partnership's own. What a member is shown of a partnership's survey is the module's: published versions only, as a
/// draft is the staff's work in progress.
/// </summary>
internal static class SurveyQueries
{
    /// <summary>A survey the context is shown, or null.</summary>
    public static async Task<SurveyHead?> FindSurveyAsync(this SurveysDb db, Guid id, CancellationToken cancellationToken) =>
        (SurveyHead?)await db.Surveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? Shown(db, await db.PartnershipSurveys.SingleOrDefaultAsync(s => s.Id == id, cancellationToken));

    /// <summary>The survey, or NotFound naming it.</summary>
    public static async Task<SurveyHead> RequireSurveyAsync(this SurveysDb db, Guid id, CancellationToken cancellationToken) =>
        await db.FindSurveyAsync(id, cancellationToken) ?? throw new NotFoundException($"No survey {id} here.");

    /// <summary>Every survey the context is shown.</summary>
    public static async Task<List<SurveyHead>> ListSurveysAsync(this SurveysDb db, CancellationToken cancellationToken) =>
    [
        .. await db.Surveys.AsNoTracking().ToListAsync(cancellationToken),
        .. (await db.PartnershipSurveys.AsNoTracking().ToListAsync(cancellationToken)).Where(s => Shown(db, s) is not null),
    ];

    /// <summary>
    /// Whether the context reaches the survey as its owner, who sees its drafts (and writes it, with write access),
    /// rather than as a member of the partnership that owns it.
    /// </summary>
    public static bool Owns(this SurveysDb db, SurveyHead survey) =>
        survey is not PartnershipSurveyRecord shared || db.Scope.HasRoleIn(shared.PartnershipId);

    /// <summary>The newest version the context is shown: the owner's newest, draft or published; a member's newest published.</summary>
    public static int NewestShown(this SurveysDb db, SurveyHead survey) => db.Owns(survey) ? survey.LatestVersion : survey.PublishedVersion;

    public static async Task<SurveyVersion?> FindVersionAsync(this SurveysDb db, SurveyHead survey, int version, CancellationToken cancellationToken) =>
        survey is PartnershipSurveyRecord
            ? await db.PartnershipSurveyVersions.SingleOrDefaultAsync(v => v.SurveyId == survey.Id && v.Version == version, cancellationToken)
            : await db.SurveyVersions.SingleOrDefaultAsync(v => v.SurveyId == survey.Id && v.Version == version, cancellationToken);

    private static PartnershipSurveyRecord? Shown(SurveysDb db, PartnershipSurveyRecord? survey) =>
        survey is not null && (survey.PublishedVersion > 0 || db.Owns(survey)) ? survey : null;
}
